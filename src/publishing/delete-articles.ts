/** Removes articles for good, with everything derived from them, in one transaction. */
import type { Queryable } from '../articles/article.repository.ts';
import { deleteArticlesByIds } from '../articles/article.repository.ts';
import { forgetDuplicateSignatures } from '../duplicates/index.ts';
import { forgetRelatedStories } from '../related/index.ts';
import { afterArticlesWritten } from './after-articles-written.ts';

/**
 * Returns the ids that existed. Tags go with the rows (ON DELETE CASCADE, `entities.article_count` kept by
 * triggers); the search index, signatures (with their LSH bands) and related stories are taken out with their counts, so that
 * the database is left as if the articles had never been written (delete-articles.test.ts).
 */
export async function deleteArticles(db: Queryable, ids: number[]): Promise<number[]> {
  if (!db.isTransaction) return db.transaction().execute((trx) => deleteArticles(trx, ids));
  // While the rows exist: the cascade would take their related-stories documents without their counts,
  // and their signatures without the band rows (which no cascade reaches) found by them.
  await forgetRelatedStories(db, ids);
  await forgetDuplicateSignatures(db, ids);
  const deleted = await deleteArticlesByIds(db, ids);
  await afterArticlesWritten(db, deleted);
  return deleted;
}
