/**
 * A few worker threads extracting entities for bulk writes (re-tagging). Batches go to the workers in
 * turn; each worker is sent a name memory only when it differs from the one it holds, and then only
 * what changed (name-memory-codec.ts).
 */
import os from 'node:os';
import type { NameMemory } from '../entities/index.ts';
import { WorkerPool } from '../lib/worker-pool.ts';
import type { ArticleExtraction } from './extract-article-tags.ts';
import type { TextToTag } from './extraction-messages.ts';
import { nameMemoryCodec } from './name-memory-codec.ts';

const WORKER_FILE = new URL('./extraction-worker.mjs', import.meta.url);

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
  private readonly pool: WorkerPool<TextToTag[], ArticleExtraction[], NameMemory>;

  constructor(size: number) {
    this.pool = new WorkerPool(WORKER_FILE, size, 'entity extraction', nameMemoryCodec());
  }

  /** The articles' extractions, in order, made with `memory` as the known names. */
  extract(articles: TextToTag[], memory: NameMemory): Promise<ArticleExtraction[]> {
    return this.pool.run(articles, memory);
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}
