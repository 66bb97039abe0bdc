/**
 * Keeps the served site's classifier current without holding up readers: training on tens of thousands
 * of articles takes seconds of CPU, so it runs in a worker thread on its own database connection (SQLite
 * in WAL mode lets pages be read meanwhile), at start when the stored model is stale and then whenever a
 * periodic check finds the categorized articles changed (an import or ingest by another process).
 */
import { Worker } from 'node:worker_threads';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { isCategoryModelStale, retrainCategoryModel, type RetrainResult } from './retrain-category-model.ts';

export interface TrainingLog {
  info(message: string): void;
  error(message: string): void;
}

export interface BackgroundTraining {
  /** Checks now, and trains if stale (unless a training is running); resolves when done. */
  check(): Promise<RetrainResult | undefined>;
  stop(): Promise<void>;
}

const CHECK_EVERY_MS = 5 * 60 * 1000;
const WORKER = new URL('./retrain-worker.js', import.meta.url);

function trainInWorker(databasePath: string): { result: Promise<RetrainResult>; worker: Worker } {
  const worker = new Worker(WORKER, { workerData: { databasePath } });
  const result = new Promise<RetrainResult>((resolve, reject) => {
    worker.once('message', (message: { ok: true; result: RetrainResult } | { ok: false; message: string }) => {
      if (message.ok) resolve(message.result);
      else reject(new Error(message.message));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the training worker stopped (exit code ${code})`)));
  });
  return { result, worker };
}

export function describeRetrain(result: RetrainResult): string {
  if (result.status === 'current') return `category model up to date (${result.articles} articles)`;
  if (result.status === 'insufficient') return `category model not trained: ${result.reason}`;
  return `category model trained on ${result.articles} articles in ${result.categories} sections (${result.seconds.toFixed(1)} s); ${result.suggested} uncategorized articles given a suggestion, ${result.filed} filed`;
}

/** `databasePath` ':memory:' trains on the main thread (another connection would see another database). */
export function startBackgroundTraining(db: Kysely<Database>, databasePath: string, log: TrainingLog): BackgroundTraining {
  let running: Promise<RetrainResult | undefined> | null = null;
  let worker: Worker | null = null;
  const check = (): Promise<RetrainResult | undefined> => {
    if (running) return running;
    running = (async () => {
      try {
        if (!(await isCategoryModelStale(db))) return undefined;
        let result: RetrainResult;
        if (databasePath === ':memory:') {
          result = await retrainCategoryModel(db);
        } else {
          const training = trainInWorker(databasePath);
          worker = training.worker;
          result = await training.result;
        }
        log.info(describeRetrain(result));
        return result;
      } catch (error) {
        log.error(`category model training failed: ${error instanceof Error ? error.message : String(error)}`);
        return undefined;
      } finally {
        worker = null;
        running = null;
      }
    })();
    return running;
  };
  const timer = setInterval(() => void check(), CHECK_EVERY_MS);
  timer.unref();
  void check();
  return {
    check,
    async stop() {
      clearInterval(timer);
      await worker?.terminate();
    },
  };
}
