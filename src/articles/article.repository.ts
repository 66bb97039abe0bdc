/** Every SQL statement on articles and categories: plain functions taking a database or a transaction. */
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import type { ArticleRow, CategoryRow, NewArticleRow } from './article.table.ts';

export type Queryable = Kysely<Database>;

export type ArticleWithCategoryRow = ArticleRow & {
  category_slug: string | null;
  category_name: string | null;
};

function selectArticles(db: Queryable) {
  return db
    .selectFrom('articles')
    .leftJoin('categories', 'categories.id', 'articles.category_id')
    .selectAll('articles')
    .select(['categories.slug as category_slug', 'categories.name as category_name']);
}

export async function findArticleById(db: Queryable, id: number): Promise<ArticleWithCategoryRow | undefined> {
  return selectArticles(db).where('articles.id', '=', id).executeTakeFirst();
}

export async function findPublishedArticlesByIds(db: Queryable, ids: number[]): Promise<ArticleWithCategoryRow[]> {
  if (ids.length === 0) return [];
  return selectArticles(db).where('articles.id', 'in', ids).where('articles.status', '=', 'published').execute();
}

/** The sources that published articles come from, most prolific first. */
export async function listPublishedSources(db: Queryable): Promise<string[]> {
  const rows = await db
    .selectFrom('articles')
    .select('source')
    .where('status', '=', 'published')
    .where('source', 'is not', null)
    .groupBy('source')
    .orderBy((eb) => eb.fn.countAll(), 'desc')
    .execute();
  return rows.flatMap((row) => (row.source === null ? [] : [row.source]));
}

export interface ArticleUrlRow {
  id: number;
  slug: string;
  title: string;
  published_at: string;
  updated_at: string;
}

/** Published articles for sitemaps, oldest first so that a sitemap page keeps its content as new articles arrive. */
export async function listPublishedArticleUrls(db: Queryable, page: PageRequest, since?: string): Promise<ArticleUrlRow[]> {
  let query = db
    .selectFrom('articles')
    .select(['id', 'slug', 'title', 'published_at', 'updated_at'])
    .where('status', '=', 'published');
  if (since !== undefined) query = query.where('published_at', '>=', since);
  return query.orderBy('id', 'asc').limit(page.limit).offset(page.offset).execute();
}

export async function findArticleHeadline(db: Queryable, id: number): Promise<{ id: number; title: string; slug: string } | undefined> {
  return db.selectFrom('articles').select(['id', 'title', 'slug']).where('id', '=', id).executeTakeFirst();
}

export async function findArticleIdByExternalId(db: Queryable, externalId: string): Promise<number | undefined> {
  const row = await db.selectFrom('articles').select('id').where('external_id', '=', externalId).executeTakeFirst();
  return row?.id;
}

export async function findArticleIdByCopyHash(db: Queryable, copyHash: string): Promise<number | undefined> {
  const row = await db.selectFrom('articles').select('id').where('copy_hash', '=', copyHash).executeTakeFirst();
  return row?.id;
}

export interface PageRequest {
  limit: number;
  offset: number;
}

export interface ArticleFilter {
  categoryId?: number;
  /** The source key exactly as stored (`BBC`, `alarabia`). */
  source?: string;
}

export async function listPublishedArticles(
  db: Queryable,
  page: PageRequest,
  filter: ArticleFilter = {},
): Promise<ArticleWithCategoryRow[]> {
  let query = selectArticles(db).where('articles.status', '=', 'published');
  if (filter.categoryId !== undefined) query = query.where('articles.category_id', '=', filter.categoryId);
  if (filter.source !== undefined) query = query.where('articles.source', '=', filter.source);
  return query
    .orderBy('articles.published_at', 'desc')
    .orderBy('articles.id', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

export async function countPublishedArticles(db: Queryable, filter: ArticleFilter = {}): Promise<number> {
  let query = db
    .selectFrom('articles')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('status', '=', 'published');
  if (filter.categoryId !== undefined) query = query.where('category_id', '=', filter.categoryId);
  if (filter.source !== undefined) query = query.where('source', '=', filter.source);
  const row = await query.executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function insertArticle(db: Queryable, row: NewArticleRow): Promise<number> {
  const inserted = await db.insertInto('articles').values(row).returning('id').executeTakeFirstOrThrow();
  return inserted.id;
}

// About 20 parameters a row: 400 rows stay well under SQLite's limit of 32,766 bound parameters.
const ROWS_PER_INSERT = 400;

/** Inserts the rows whose external id is new; returns the ids of those inserted. */
export async function insertArticlesSkippingKnownExternalIds(db: Queryable, rows: NewArticleRow[]): Promise<number[]> {
  const inserted: number[] = [];
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
    const result = await db
      .insertInto('articles')
      .values(rows.slice(start, start + ROWS_PER_INSERT))
      .onConflict((conflict) => conflict.column('external_id').doNothing())
      .returning('id')
      .execute();
    inserted.push(...result.map((row) => row.id));
  }
  return inserted;
}

export async function listCategories(db: Queryable): Promise<CategoryRow[]> {
  return db.selectFrom('categories').selectAll().orderBy('position').orderBy('id').execute();
}

export async function findCategoryBySlug(db: Queryable, slug: string): Promise<CategoryRow | undefined> {
  return db.selectFrom('categories').selectAll().where('slug', '=', slug).executeTakeFirst();
}

export async function insertCategory(db: Queryable, category: { slug: string; name: string }): Promise<number> {
  const inserted = await db.insertInto('categories').values(category).returning('id').executeTakeFirstOrThrow();
  return inserted.id;
}

export async function countArticles(db: Queryable): Promise<number> {
  const row = await db.selectFrom('articles').select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Deletes the articles with these ids; returns those that existed. */
export async function deleteArticlesByIds(db: Queryable, ids: number[]): Promise<number[]> {
  if (ids.length === 0) return [];
  const rows = await db.deleteFrom('articles').where('id', 'in', ids).returning('id').execute();
  return rows.map((row) => row.id);
}

/** Which of these external ids the database already holds. */
export async function findKnownExternalIds(db: Queryable, externalIds: string[]): Promise<string[]> {
  if (externalIds.length === 0) return [];
  const rows = await db.selectFrom('articles').select('external_id').where('external_id', 'in', externalIds).execute();
  return rows.flatMap((row) => (row.external_id === null ? [] : [row.external_id]));
}
