/** Stores one article, idempotently: the same raw copy or the same external id is stored once. */
import { findArticleIdByCopyHash, findArticleIdByExternalId, insertArticle, type Queryable } from '../articles/article.repository.ts';
import { toNewArticleRow } from '../articles/article-mapper.ts';
import type { ArticleDraft } from '../articles/article.ts';
import { afterArticlesWritten } from './after-articles-written.ts';

export interface StoredArticle {
  id: number;
  /** False when the article was already there. */
  created: boolean;
}

export async function findExistingArticleId(db: Queryable, draft: ArticleDraft): Promise<number | undefined> {
  if (draft.copyHash) {
    const id = await findArticleIdByCopyHash(db, draft.copyHash);
    if (id !== undefined) return id;
  }
  if (draft.externalId) return findArticleIdByExternalId(db, draft.externalId);
  return undefined;
}

/** Runs in the caller's transaction when given one, else in its own: the article and its index entry land together. */
export async function storeArticle(db: Queryable, draft: ArticleDraft, now = new Date()): Promise<StoredArticle> {
  if (!db.isTransaction) return db.transaction().execute((trx) => storeArticle(trx, draft, now));
  const existing = await findExistingArticleId(db, draft);
  if (existing !== undefined) return { id: existing, created: false };
  const id = await insertArticle(db, toNewArticleRow(draft, now));
  await afterArticlesWritten(db, [id]);
  return { id, created: true };
}
