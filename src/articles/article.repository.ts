/** Every SQL statement on articles and categories: plain functions taking a database or a transaction. */
import { sql, type Kysely } from 'kysely';
import { compiledOnce } from '../db/compiled-once.ts';
import type { Database } from '../db/database.ts';
import type { ArticleRow, CategoryRow, NewArticleRow } from './article.table.ts';

export type Queryable = Kysely<Database>;

/** A whole article as read (not `first_paragraph`: the body it is taken from comes with it). */
export type ArticleWithCategoryRow = Omit<ArticleRow, 'first_paragraph'> & {
  category_slug: string | null;
  category_name: string | null;
  suggested_slug: string | null;
  suggested_name: string | null;
};

/** Built once per database handle: Kysely's builders are immutable, and parsing the select list is most of building. */
const builtSelects = new WeakMap<Queryable, ReturnType<typeof buildArticleSelect>>();

function selectArticles(db: Queryable) {
  let built = builtSelects.get(db);
  if (built === undefined) {
    built = buildArticleSelect(db);
    builtSelects.set(db, built);
  }
  return built;
}

/**
 * Every column of an article but its body (`sections`) and the opening paragraph stored beside it,
 * with its section's and suggested section's names: whole articles add the body, teasers the paragraph.
 * Not `selectAll`: a whole article's reader has no use for `first_paragraph`, and decoding its Arabic
 * text from SQLite's UTF-8 costs the article page several µs (about 7 ns a byte, ~210 characters).
 */
export const ARTICLE_FIELDS = [
  'articles.id',
  'articles.external_id',
  'articles.copy_hash',
  'articles.title',
  'articles.slug',
  'articles.category_id',
  'articles.source',
  'articles.source_url',
  'articles.author',
  'articles.summary',
  'articles.image_caption',
  'articles.image_credit',
  'articles.image_place',
  'articles.image_date',
  'articles.dateline_place',
  'articles.dateline_source',
  'articles.status',
  'articles.published_at',
  'articles.created_at',
  'articles.updated_at',
  'articles.duplicate_of',
  'articles.suggested_category_id',
  'articles.category_confidence',
  'articles.category_auto_filed',
  'categories.slug as category_slug',
  'categories.name as category_name',
  'suggested.slug as suggested_slug',
  'suggested.name as suggested_name',
] as const;

function buildArticleSelect(db: Queryable) {
  return db
    .selectFrom('articles')
    .leftJoin('categories', 'categories.id', 'articles.category_id')
    .leftJoin('categories as suggested', 'suggested.id', 'articles.suggested_category_id')
    .select([...ARTICLE_FIELDS, 'articles.sections']);
}

/**
 * A story once: an article is listed unless it is a copy (src/duplicates) of a published article listed
 * before it (its group's first article, or an earlier copy). In a section only copies filed in that
 * section count, so a story filed under two sections appears in each of them, and once on the home page.
 */
export function firstOfItsStory(filter: ArticleFilter) {
  const sameSection = filter.categoryId === undefined ? sql`` : sql` AND earlier.category_id = articles.category_id`;
  return sql<boolean>`(articles.duplicate_of IS NULL OR NOT EXISTS (
    SELECT 1 FROM articles AS earlier
    WHERE earlier.status = 'published'
      AND (earlier.id = articles.duplicate_of OR (earlier.duplicate_of = articles.duplicate_of AND earlier.id < articles.id))${sameSection}))`;
}

/**
 * `status = 'published'` for a lookup by ids: the unary `+` keeps SQLite from choosing the
 * (status, published_at) index, which it otherwise prefers to the primary key and then reads every
 * published article to find a dozen (SQLite's documented way to disqualify an index).
 */
export const publishedByIdsOnly = sql<boolean>`+articles.status = 'published'`;

const selectArticleById = compiledOnce((db, id: number) => selectArticles(db).where('articles.id', '=', id), [-1]);

export async function findArticleById(db: Queryable, id: number): Promise<ArticleWithCategoryRow | undefined> {
  const [row] = await selectArticleById(db, id);
  return row;
}

export async function findPublishedArticlesByIds(db: Queryable, ids: number[]): Promise<ArticleWithCategoryRow[]> {
  if (ids.length === 0) return [];
  return selectArticles(db).where('articles.id', 'in', ids).where(publishedByIdsOnly).execute();
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
    .where('status', '=', 'published')
    // A copy's page names its original as canonical: sitemaps list canonical URLs only.
    .where(firstOfItsStory({}));
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
  let query = selectArticles(db).where('articles.status', '=', 'published').where(firstOfItsStory(filter));
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
    .where('status', '=', 'published')
    .where(firstOfItsStory(filter));
  if (filter.categoryId !== undefined) query = query.where('category_id', '=', filter.categoryId);
  if (filter.source !== undefined) query = query.where('source', '=', filter.source);
  const row = await query.executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Marks an article as changed (its Last-Modified, its sitemap `lastmod`) when something attached to it changes. */
export async function touchArticle(db: Queryable, id: number, updatedAt: string): Promise<void> {
  await db.updateTable('articles').set({ updated_at: updatedAt }).where('id', '=', id).execute();
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

/** A new section goes last unless a position is given. */
export async function insertCategory(db: Queryable, category: { slug: string; name: string; position?: number }): Promise<number> {
  const position = category.position ?? (await nextCategoryPosition(db));
  const inserted = await db.insertInto('categories').values({ slug: category.slug, name: category.name, position }).returning('id').executeTakeFirstOrThrow();
  return inserted.id;
}

async function nextCategoryPosition(db: Queryable): Promise<number> {
  const row = await db.selectFrom('categories').select((eb) => eb.fn.max('position').as('last')).executeTakeFirst();
  return row?.last === null || row?.last === undefined ? 0 : Number(row.last) + 1;
}

export async function findCategoryByName(db: Queryable, name: string): Promise<CategoryRow | undefined> {
  return db.selectFrom('categories').selectAll().where('name', '=', name).executeTakeFirst();
}

export async function renameCategory(db: Queryable, id: number, name: string): Promise<void> {
  await db.updateTable('categories').set({ name }).where('id', '=', id).execute();
}

export async function setCategoryPositions(db: Queryable, orderedIds: readonly number[]): Promise<void> {
  for (const [position, id] of orderedIds.entries()) await db.updateTable('categories').set({ position }).where('id', '=', id).execute();
}

export interface CategoryWithCounts extends CategoryRow {
  articles: number;
  /** Of those, filed by the classifier rather than by an editor or the source. */
  autoFiled: number;
}

export async function listCategoriesWithCounts(db: Queryable): Promise<CategoryWithCounts[]> {
  const rows = await db
    .selectFrom('categories')
    .leftJoin('articles', 'articles.category_id', 'categories.id')
    .select(['categories.id', 'categories.slug', 'categories.name', 'categories.position'])
    .select((eb) => [eb.fn.count<number>('articles.id').as('articles'), eb.fn.sum<number>('articles.category_auto_filed').as('auto_filed')])
    .groupBy('categories.id')
    .orderBy('categories.position')
    .orderBy('categories.id')
    .execute();
  return rows.map((row) => ({ id: row.id, slug: row.slug, name: row.name, position: row.position, articles: Number(row.articles), autoFiled: Number(row.auto_filed ?? 0) }));
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

export type WrittenArticleRow = Pick<
  ArticleRow,
  'id' | 'external_id' | 'title' | 'image_caption' | 'sections' | 'category_id' | 'source' | 'published_at' | 'status' | 'duplicate_of'
>;

/** What the steps after a write read of the written articles (src/articles/written-articles.ts), in one statement. */
export async function findWrittenArticleRows(db: Queryable, ids: readonly number[]): Promise<WrittenArticleRow[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('articles')
    .select(['id', 'external_id', 'title', 'image_caption', 'sections', 'category_id', 'source', 'published_at', 'status', 'duplicate_of'])
    .where('id', 'in', sql<number>`(SELECT value FROM json_each(${JSON.stringify(ids)}))`)
    .orderBy('id')
    .execute();
}
