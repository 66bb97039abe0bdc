/**
 * What every write of articles must also do, inside the writer's transaction, so that a crash never
 * leaves them disagreeing: keep the search index in step, then the related stories (last: they read
 * what the steps before them wrote), and mark the content as changed so that caches of rendered pages
 * (in this process or another) know to render again.
 */
import type { Queryable } from '../articles/article.repository.ts';
import { refreshRelatedStories } from '../related/index.ts';
import { syncSearchIndex } from '../search/sync-search-index.ts';
import { bumpContentVersion } from './content-version.ts';

export async function afterArticlesWritten(trx: Queryable, ids: number[]): Promise<void> {
  if (ids.length === 0) return;
  await syncSearchIndex(trx, ids);
  await refreshRelatedStories(trx, ids);
  await bumpContentVersion(trx);
}
