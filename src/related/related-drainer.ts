/**
 * The server's background pass over the related-stories queue: a bulk import queues its lists, and
 * the server computes them a few at a time between requests (better-sqlite3 blocks the event loop
 * while it works, so each turn is kept to a few tens of milliseconds).
 */
import type { Queryable } from '../articles/article.repository.ts';
import { drainRelatedQueue } from './refresh-related.ts';

export interface DrainerOptions {
  /** Pause when the queue is empty. */
  idleMs?: number;
  /** Work per turn, at most about this long. */
  turnMs?: number;
  /** Pause between turns while there is work, so that requests are answered. */
  pauseMs?: number;
  onError?: (error: unknown) => void;
}

export interface RelatedDrainer {
  stop(): Promise<void>;
}

export function startRelatedDrainer(db: Queryable, options: DrainerOptions = {}): RelatedDrainer {
  const { idleMs = 2_000, turnMs = 40, pauseMs = 20, onError = () => {} } = options;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const turn = async () => {
    let done = 0;
    try {
      done = await drainRelatedQueue(db, { budgetMs: turnMs, chunkSize: 2 });
    } catch (error) {
      onError(error);
    }
    if (!stopped) timer = setTimeout(() => (running = turn()), done > 0 ? pauseMs : idleMs);
  };
  timer = setTimeout(() => (running = turn()), 0);

  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
