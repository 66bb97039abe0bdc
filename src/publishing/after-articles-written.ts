/**
 * What every write of articles must also do, inside the writer's transaction, so that a crash never
 * leaves them disagreeing: keep the search index and the entity tags in step, and mark the content as
 * changed so that caches of rendered pages (in this process or another) know to render again.
 */
import type { Queryable } from '../articles/article.repository.ts';
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
}

export async function afterArticlesWritten(trx: Queryable, ids: number[], options: AfterWriteOptions = {}): Promise<void> {
  if (ids.length === 0) return;
  await syncSearchIndex(trx, ids);
  if (options.entityTags === 'defer') await markEntityTagsStale(trx);
  else await syncArticleEntities(trx, ids, options.entityTags);
  await bumpContentVersion(trx);
}
