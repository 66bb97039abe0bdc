import { describe, expect, it } from 'vitest';
import { threadPriority } from './thread-priority.ts';
import { WorkerPool } from './worker-pool.ts';

const PROBE = new URL('./thread-priority-probe-worker.mjs', import.meta.url);
const perThread = threadPriority() !== undefined;

async function workerPriorities(lowerPriority: number | undefined): Promise<(number | null)[]> {
  const pool = new WorkerPool<null, number | null>(PROBE, 2, 'priority probe', undefined, lowerPriority === undefined ? {} : { lowerPriority });
  try {
    return await Promise.all([pool.run(null), pool.run(null)]);
  } finally {
    await pool.close();
  }
}

describe.skipIf(!perThread)('worker pool priority (Linux: a nice value per thread)', () => {
  it('lowers only the workers’ priority, by the steps asked, and leaves the starting thread’s as it was', async () => {
    const before = threadPriority()!;
    const lowered = await workerPriorities(5);
    expect(lowered).toEqual([Math.min(19, before + 5), Math.min(19, before + 5)]);
    expect(threadPriority()).toBe(before);
  }, 30_000);

  it('keeps the workers at the starting thread’s priority when not asked to lower it', async () => {
    const before = threadPriority()!;
    expect(await workerPriorities(undefined)).toEqual([before, before]);
    expect(await workerPriorities(0)).toEqual([before, before]);
  }, 30_000);
});
