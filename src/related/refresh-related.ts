/**
 * The related-stories step of every article write (called last in afterArticlesWritten, as it reads
 * what search, entities and duplicates wrote), and the queue that bulk writes leave for later.
 *
 * One article (an editor's story, an ingested copy) has its list computed at once, in the writer's
 * transaction. A batch (an import) is indexed in the transaction, so that later articles find it, but
 * its lists are queued: computing them costs a few milliseconds an article, which would cut the import
 * rate severalfold. `drainRelatedQueue` computes them in order, right after the import on a small
 * site, in the server's background otherwise; until then a queued article's list is computed when
 * read, and older lists lack the queued articles.
 */
import type { Queryable } from '../articles/article.repository.ts';
import type { WrittenArticles } from '../articles/written-articles.ts';
import { countQueued, enqueueRelated, findArticlesListing, deleteListsOf, peekQueue } from './related.repository.ts';
import { indexRelatedDocuments, removeRelatedDocuments } from './index-related-documents.ts';
import { updateRelatedLists } from './update-related-lists.ts';
import { bumpContentVersion } from '../publishing/content-version.ts';

/** Writes of up to this many articles get their lists at once; larger ones queue them. */
export const IMMEDIATE_LIMIT = 5;

export async function refreshRelatedStories(trx: Queryable, ids: number[], written?: WrittenArticles): Promise<void> {
  if (ids.length === 0) return;
  const { indexed, removed } = await indexRelatedDocuments(trx, ids, written);
  await requeueListsShowing(trx, removed);
  await enqueueRelated(trx, indexed);
  if (ids.length <= IMMEDIATE_LIMIT) await updateRelatedLists(trx, indexed);
}

/** Lists that showed a removed article are computed again, with what remains. */
async function requeueListsShowing(trx: Queryable, removed: number[]): Promise<void> {
  if (removed.length === 0) return;
  const listing = await findArticlesListing(trx, removed);
  await deleteListsOf(trx, removed);
  const gone = new Set(removed);
  await enqueueRelated(trx, listing.filter((id) => !gone.has(id)));
}

/**
 * Call BEFORE deleting articles, in the same transaction: takes them out of the related-stories index
 * with the document frequencies they counted, and queues the lists that showed them. After the delete
 * the cascade would have removed their documents unseen, leaving their postings and counts behind.
 */
export async function forgetRelatedStories(trx: Queryable, ids: number[]): Promise<void> {
  if (ids.length === 0) return;
  await requeueListsShowing(trx, await removeRelatedDocuments(trx, ids));
}

/**
 * Queues the lists of articles whose signals changed outside a write (the classifier filed them in a
 * section): the drainer ranks them again, and they enter the lists of the stories they now beat.
 */
export async function requeueRelatedStories(trx: Queryable, ids: number[]): Promise<void> {
  await enqueueRelated(trx, ids);
}

export interface DrainOptions {
  /** Stop after about this long (the queue is left for the next call). */
  budgetMs?: number;
  /** Articles computed per transaction: short transactions keep the database free for other writers. */
  chunkSize?: number;
  onProgress?: (done: number, remaining: number) => void;
  /**
   * Bump the content version with each chunk (the default), so that pages showing the new lists render
   * again; the server's background drainer bumps it itself, less often (`related-drainer.ts`).
   */
  markChanged?: boolean;
}

/** Computes queued lists, oldest first, until the queue is empty or the budget spent. Returns how many. */
export async function drainRelatedQueue(db: Queryable, options: DrainOptions = {}): Promise<number> {
  const { budgetMs = Number.POSITIVE_INFINITY, chunkSize = 25, markChanged = true } = options;
  const started = performance.now();
  let done = 0;
  while (performance.now() - started < budgetMs) {
    const ids = await peekQueue(db, chunkSize);
    if (ids.length === 0) break;
    // Pages showing these lists (the articles', and those they entered) must render again.
    const update = async (trx: Queryable) => {
      await updateRelatedLists(trx, ids);
      if (markChanged) await bumpContentVersion(trx);
    };
    await (db.isTransaction ? update(db) : db.transaction().execute(update));
    done += ids.length;
    options.onProgress?.(done, await countQueued(db));
  }
  return done;
}
