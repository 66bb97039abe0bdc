/** Stores one article, idempotently: the same raw copy or the same external id is stored once. */
import { findArticleIdByCopyHash, findArticleIdByExternalId, insertArticle, type Queryable } from './article.repository.ts';
import { toNewArticleRow } from './article-mapper.ts';
import type { ArticleDraft } from './article.ts';

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

/** Call inside a transaction when storing several articles together. */
export async function storeArticle(db: Queryable, draft: ArticleDraft, now = new Date()): Promise<StoredArticle> {
  const existing = await findExistingArticleId(db, draft);
  if (existing !== undefined) return { id: existing, created: false };
  const id = await insertArticle(db, toNewArticleRow(draft, now));
  return { id, created: true };
}
