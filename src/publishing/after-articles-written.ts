/**
 * What every write of articles must also do, inside the writer's transaction, so that a crash never
 * leaves them disagreeing: find which are copies of stored stories (first: the search index leaves
 * copies out), keep the search index and the entity tags in step, suggest a section for articles
 * without one, then the related stories (last: they read what the steps before them wrote), and mark the content as changed so that caches of rendered pages (in this process or
 * another) know to render again.
 */
import type { Queryable } from '../articles/article.repository.ts';
import { WrittenArticles, type PreparedArticles } from '../articles/written-articles.ts';
import { suggestCategories } from '../categories/suggest-categories.ts';
import { recordDuplicates } from '../duplicates/record-duplicates.ts';
import { refreshRelatedStories } from '../related/index.ts';
import { sqliteSearchIndex } from '../search/sqlite-search-index.ts';
import { syncSearchIndex } from '../search/sync-search-index.ts';
import { markEntityTagsStale } from '../tags/ensure-entity-tags-current.ts';
import { syncArticleEntities, type EntityTagSession } from '../tags/sync-article-entities.ts';
import { bumpContentVersion } from './content-version.ts';

export interface AfterWriteOptions {
  /**
   * A bulk writer's entity tag session (the name memory it keeps, extractions done ahead in a worker),
   * or 'defer' to leave tagging to the next start's ensureEntityTagsCurrent (benchmarks, bulk loads).
   */
  entityTags?: EntityTagSession | 'defer';
  /** What a bulk writer derived ahead from the articles' text (`prepareArticle`), by external id. */
  prepared?: PreparedArticles;
}

export async function afterArticlesWritten(trx: Queryable, ids: number[], options: AfterWriteOptions = {}): Promise<void> {
  if (ids.length === 0) return;
  // Read, parsed and analyzed once for every step below (each step records what it changes).
  const written = await WrittenArticles.read(trx, ids, options.prepared);
  // Articles outside `ids` whose group changed (a new article linking two stories) are indexed anew too.
  const regrouped = await recordDuplicates(trx, ids, written);
  await syncSearchIndex(trx, [...ids, ...regrouped], sqliteSearchIndex, written);
  if (options.entityTags === 'defer') await markEntityTagsStale(trx);
  else await syncArticleEntities(trx, ids, options.entityTags, written);
  // Articles without a section get the classifier's suggestion, and are filed on a confident one.
  await suggestCategories(trx, ids, written);
  // Last: the related stories read what the steps before them wrote (terms, entities, duplicates).
  await refreshRelatedStories(trx, ids, written);
  await bumpContentVersion(trx);
}
