/** Removes articles for good, with everything derived from them, in one transaction. */
import type { Queryable } from '../articles/article.repository.ts';
import { deleteArticlesByIds } from '../articles/article.repository.ts';
import { afterArticlesWritten } from './after-articles-written.ts';

/** Returns the ids that existed. Tags go with the rows (ON DELETE CASCADE, counted by triggers); the index entries are removed by the hook. */
export async function deleteArticles(db: Queryable, ids: number[]): Promise<number[]> {
  if (!db.isTransaction) return db.transaction().execute((trx) => deleteArticles(trx, ids));
  const deleted = await deleteArticlesByIds(db, ids);
  await afterArticlesWritten(db, deleted);
  return deleted;
}
