/**
 * The server's background pass over the related-stories queue: a bulk import queues its lists, and
 * the server computes them a few at a time between requests (better-sqlite3 blocks the event loop
 * while it works, so each turn is kept to a few tens of milliseconds).
 *
 * The content version (which empties every page cache) is bumped when the queue runs dry and at most
 * once a minute meanwhile, not with every chunk: a backlog of thousands of lists after importing an
 * archive would otherwise keep every process's page cache empty for as long as it takes to drain (an
 * hour for all of ANT). The lists waiting for it are as stale as the queue already leaves them
 * (a queued article's own list is computed when its page is read).
 */
import type { Queryable } from '../articles/article.repository.ts';
import { bumpContentVersion } from '../publishing/content-version.ts';
import { drainRelatedQueue } from './refresh-related.ts';

export interface DrainerOptions {
  /** Pause when the queue is empty. */
  idleMs?: number;
  /** Work per turn, at most about this long. */
  turnMs?: number;
  /** Pause between turns while there is work, so that requests are answered. */
  pauseMs?: number;
  onError?: (error: unknown) => void;
  /** While lists are being computed, how often pages are told the content changed. */
  markEveryMs?: number;
}

export interface RelatedDrainer {
  stop(): Promise<void>;
}

export function startRelatedDrainer(db: Queryable, options: DrainerOptions = {}): RelatedDrainer {
  const { idleMs = 2_000, turnMs = 40, pauseMs = 20, onError = () => {}, markEveryMs = 60_000 } = options;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  /** Lists computed since the content version was last bumped, and when that was. */
  let unmarked = 0;
  let markedAt = performance.now();

  const markChanged = async () => {
    if (unmarked === 0) return;
    await bumpContentVersion(db);
    unmarked = 0;
    markedAt = performance.now();
  };

  const turn = async () => {
    let done = 0;
    try {
      done = await drainRelatedQueue(db, { budgetMs: turnMs, chunkSize: 2, markChanged: false });
      unmarked += done;
      if (done === 0 || performance.now() - markedAt >= markEveryMs) await markChanged();
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
      await markChanged().catch(onError);
    },
  };
}
