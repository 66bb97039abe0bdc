/**
 * A few worker threads extracting entities for bulk writes (imports, re-tagging). Batches go to the
 * workers in turn; each worker is sent a name memory only when it differs from the one it holds.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { NameMemory } from '../entities/index.ts';
import type { ArticleExtraction } from './extract-article-tags.ts';
import type { TextToTag, WorkerReply, WorkerRequest } from './extraction-messages.ts';

const WORKER_FILE = new URL('./extraction-worker.mjs', import.meta.url);

interface Pending {
  resolve: (results: ArticleExtraction[]) => void;
  reject: (error: Error) => void;
}

interface PoolWorker {
  worker: Worker;
  memory: NameMemory | undefined;
  pending: Map<number, Pending>;
  failure: Error | undefined;
}

/**
 * Two workers from two cores up: extraction costs about twice what writing does, so with one worker
 * the writing thread waits half the time, while two keep both cores busy (bench/import-speed.ts).
 * None on a single core, where a worker only adds copying.
 */
export function defaultExtractionWorkers(): number {
  const cores = os.availableParallelism();
  return cores < 2 ? 0 : 2;
}

export class ExtractionPool {
  private readonly workers: PoolWorker[];
  private nextId = 1;
  private turn = 0;

  constructor(size: number) {
    if (!Number.isInteger(size) || size < 1) throw new RangeError(`an extraction pool needs at least one worker, not ${size}`);
    this.workers = Array.from({ length: size }, () => this.startWorker());
  }

  private startWorker(): PoolWorker {
    const entry: PoolWorker = { worker: new Worker(WORKER_FILE), memory: undefined, pending: new Map(), failure: undefined };
    const failAll = (error: Error) => {
      entry.failure ??= error;
      for (const pending of entry.pending.values()) pending.reject(entry.failure);
      entry.pending.clear();
    };
    entry.worker.on('message', (reply: WorkerReply) => {
      const pending = entry.pending.get(reply.id);
      entry.pending.delete(reply.id);
      if (entry.pending.size === 0) entry.worker.unref();
      if ('error' in reply) pending?.reject(new Error(`entity extraction failed: ${reply.error}`));
      else pending?.resolve(reply.results);
    });
    entry.worker.on('error', (error) => failAll(error));
    entry.worker.on('exit', (code) => failAll(new Error(`entity extraction worker stopped (exit code ${code})`)));
    // An idle pool must not keep the process alive; a worker with work to answer must (see extract).
    entry.worker.unref();
    return entry;
  }

  /** The articles' extractions, in order, made with `memory` as the known names. */
  extract(articles: TextToTag[], memory: NameMemory): Promise<ArticleExtraction[]> {
    const entry = this.workers[this.turn++ % this.workers.length]!;
    if (entry.failure) return Promise.reject(entry.failure);
    const id = this.nextId++;
    const request: WorkerRequest = { id, articles };
    if (entry.memory !== memory) {
      request.memory = memory;
      entry.memory = memory;
    }
    return new Promise((resolve, reject) => {
      entry.pending.set(id, { resolve, reject });
      entry.worker.ref();
      entry.worker.postMessage(request);
    });
  }

  async close(): Promise<void> {
    await Promise.all(
      this.workers.map(async (entry) => {
        entry.failure ??= new Error('extraction pool closed');
        await entry.worker.terminate();
      }),
    );
  }
}
