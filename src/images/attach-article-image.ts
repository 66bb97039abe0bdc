/**
 * Gives an article its lead image, or replaces it: the image row, the article's modification time and
 * the content version change in one transaction, so cached pages show the new image at once.
 */
import { touchArticle, type Queryable } from '../articles/article.repository.ts';
import { bumpContentVersion } from '../publishing/content-version.ts';
import { findArticleImage, upsertArticleImage } from './article-image.repository.ts';
import type { StoredImage } from './image-store.ts';

/** Runs in the caller's transaction when given one. Returns false when the article already had this image. */
export async function attachArticleImage(db: Queryable, articleId: number, image: StoredImage, now = new Date()): Promise<boolean> {
  if (!db.isTransaction) return db.transaction().execute((trx) => attachArticleImage(trx, articleId, image, now));
  const current = await findArticleImage(db, articleId);
  if (current?.hash === image.hash) return false;
  const timestamp = now.toISOString();
  await upsertArticleImage(db, { article_id: articleId, ...image, created_at: timestamp });
  await touchArticle(db, articleId, timestamp);
  await bumpContentVersion(db);
  return true;
}
