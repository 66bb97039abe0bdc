/** Reading articles for readers: one by id, and pages of the latest, as domain objects. */
import {
  countPublishedArticles,
  findArticleById,
  findPublishedArticlesByIds,
  listCategories,
  listPublishedArticles,
  type ArticleFilter,
  type PageRequest,
  type Queryable,
} from './article.repository.ts';
import { findPublishedTeasersByIds, listPublishedTeasers } from './article-teaser.repository.ts';
import { toArticle, toArticleTeaser } from './article-mapper.ts';
import type { Article, ArticleTeaser, Category } from './article.ts';

export interface ArticleSlice {
  articles: Article[];
  /** How many articles match in all, for pagination. */
  total: number;
}

export async function getPublishedArticle(db: Queryable, id: number): Promise<Article | undefined> {
  const row = await findArticleById(db, id);
  return row && row.status === 'published' ? toArticle(row) : undefined;
}

export async function getLatestArticles(db: Queryable, page: PageRequest, filter: ArticleFilter = {}): Promise<ArticleSlice> {
  const [rows, total] = await Promise.all([listPublishedArticles(db, page, filter), countPublishedArticles(db, filter)]);
  return { articles: rows.map(toArticle), total };
}

/** The newest published articles, without counting them all (for blocks that show a few). */
export async function getNewestArticles(db: Queryable, limit: number, filter: ArticleFilter = {}): Promise<Article[]> {
  const rows = await listPublishedArticles(db, { limit, offset: 0 }, filter);
  return rows.map(toArticle);
}

/** The published articles with these ids, in the order of the ids (unknown or unpublished ids are left out). */
export async function getPublishedArticlesInOrder(db: Queryable, ids: number[]): Promise<Article[]> {
  const rows = await findPublishedArticlesByIds(db, ids);
  const byId = new Map(rows.map((row) => [row.id, toArticle(row)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** A page of the newest published stories as lists show them (no bodies), without counting them all. */
export async function getNewestTeasers(db: Queryable, page: PageRequest, filter: ArticleFilter = {}): Promise<ArticleTeaser[]> {
  const rows = await listPublishedTeasers(db, page, filter);
  return rows.map(toArticleTeaser);
}

/** `getPublishedArticlesInOrder` as lists show them (no bodies; no lede either for lists of headlines, `withLede: false`). */
export async function getPublishedTeasersInOrder(db: Queryable, ids: readonly number[], options = { withLede: true }): Promise<ArticleTeaser[]> {
  const rows = await findPublishedTeasersByIds(db, ids, options);
  const byId = new Map(rows.map((row) => [row.id, toArticleTeaser(row)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export async function getCategories(db: Queryable): Promise<Category[]> {
  const rows = await listCategories(db);
  return rows.map(({ id, slug, name }) => ({ id, slug, name }));
}
