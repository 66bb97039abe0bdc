/**
 * Lowers the scheduling priority of the calling thread alone (its nice value), so that on a busy
 * machine the kernel runs another thread of the process first: an import's writing thread is its
 * one serial path, and with two preparing workers on two cores it used to wait for a core behind
 * them. Linux sets a nice value per thread (setpriority on a thread id, found from
 * /proc/thread-self); elsewhere, or when refused, the thread keeps its priority.
 */
import fs from 'node:fs';
import os from 'node:os';

/** The calling thread's kernel id, or undefined where /proc/thread-self is not there. */
function threadId(): number | undefined {
  try {
    const tid = Number(fs.readlinkSync('/proc/thread-self').split('/').at(-1));
    return Number.isInteger(tid) && tid > 0 ? tid : undefined;
  } catch {
    return undefined;
  }
}

/** The calling thread's nice value, or undefined where it cannot be read per thread. */
export function threadPriority(): number | undefined {
  const tid = threadId();
  return tid === undefined ? undefined : os.getPriority(tid);
}

/** Raises the calling thread's nice value by `steps` (lower priority); returns whether it did. */
export function lowerThreadPriority(steps: number): boolean {
  const tid = threadId();
  if (tid === undefined || steps <= 0) return false;
  try {
    os.setPriority(tid, Math.min(19, os.getPriority(tid) + steps));
    return true;
  } catch {
    return false;
  }
}
