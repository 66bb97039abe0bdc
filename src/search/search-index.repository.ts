/** Every SQL statement on the FTS5 article index: plain functions taking a database or a transaction. */
import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../db/database.ts';
import { readMeta, writeMeta } from '../db/meta.repository.ts';
import type { ArticleRow } from '../articles/article.table.ts';
import type { SearchDocument } from './search-document.ts';

type Queryable = Kysely<Database>;

// Five values a row: 1,000 rows stay far below SQLite's 32,766 bound parameters.
const ROWS_PER_STATEMENT = 1_000;

export async function upsertSearchDocuments(db: Queryable, documents: SearchDocument[]): Promise<void> {
  for (let start = 0; start < documents.length; start += ROWS_PER_STATEMENT) {
    const values = documents
      .slice(start, start + ROWS_PER_STATEMENT)
      .map((doc) => sql`(${doc.id}, ${doc.title}, ${doc.body}, ${doc.titlePlain}, ${doc.bodyPlain})`);
    // A contentless-delete FTS5 table replaces a row on a rowid conflict.
    await sql`INSERT OR REPLACE INTO article_search (rowid, title, body, title_plain, body_plain) VALUES ${sql.join(values)}`.execute(db);
  }
}

export async function deleteSearchDocuments(db: Queryable, ids: number[]): Promise<void> {
  for (let start = 0; start < ids.length; start += ROWS_PER_STATEMENT) {
    await sql`DELETE FROM article_search WHERE rowid IN (${sql.join(ids.slice(start, start + ROWS_PER_STATEMENT))})`.execute(db);
  }
}

export async function deleteAllSearchDocuments(db: Queryable): Promise<void> {
  await sql`DELETE FROM article_search`.execute(db);
}

/**
 * Merges all of FTS5's segments into one. Every read merges the posting lists of every segment, so a
 * long run of writes (each transaction adds a segment, automerge keeps their number only logarithmic)
 * costs every query; at 100,000 articles one segment reads about a quarter faster.
 */
export async function optimizeSearchDocuments(db: Queryable): Promise<void> {
  await sql`INSERT INTO article_search (article_search) VALUES ('optimize')`.execute(db);
}

export async function countSearchDocuments(db: Queryable): Promise<number> {
  const { rows } = await sql<{ count: number }>`SELECT count(*) AS count FROM article_search`.execute(db);
  return Number(rows[0]?.count ?? 0);
}

export interface MatchFilters {
  categoryId?: number;
  source?: string;
  entityId?: number;
  /** Inclusive lower bound on `published_at`. */
  publishedFrom?: string;
  /** Exclusive upper bound on `published_at`. */
  publishedBefore?: string;
}

/** bm25 weights of the columns: title, body, title_plain, body_plain. */
export type ColumnWeights = readonly [number, number, number, number];

function filterConditions(filters: MatchFilters): RawBuilder<unknown>[] {
  const conditions = [sql`articles.status = 'published'`];
  if (filters.categoryId !== undefined) conditions.push(sql`articles.category_id = ${filters.categoryId}`);
  if (filters.source !== undefined) conditions.push(sql`articles.source = ${filters.source}`);
  if (filters.entityId !== undefined) {
    conditions.push(sql`articles.id IN (SELECT article_id FROM article_entities WHERE entity_id = ${filters.entityId})`);
  }
  if (filters.publishedFrom !== undefined) conditions.push(sql`articles.published_at >= ${filters.publishedFrom}`);
  if (filters.publishedBefore !== undefined) conditions.push(sql`articles.published_at < ${filters.publishedBefore}`);
  return conditions;
}

export const hasFilters = (filters: MatchFilters) => Object.values(filters).some((value) => value !== undefined);

/** How many published articles match; the index holds only published ones, so without filters no join is needed. */
export async function countMatches(db: Queryable, match: string, filters: MatchFilters): Promise<number> {
  const { rows } = hasFilters(filters)
    ? await sql<{ count: number }>`
        SELECT count(*) AS count FROM article_search JOIN articles ON articles.id = article_search.rowid
        WHERE article_search MATCH ${match} AND ${sql.join(filterConditions(filters), sql` AND `)}`.execute(db)
    : await sql<{ count: number }>`SELECT count(*) AS count FROM article_search WHERE article_search MATCH ${match}`.execute(db);
  return Number(rows[0]?.count ?? 0);
}

export interface ScoredRow {
  id: number;
  /** Positive bm25: higher is better. */
  relevance: number;
}

/**
 * The matching articles with their bm25, the most recently added `limit` of them. The articles table
 * is joined only for filters: its rows hold the whole text before `published_at`, so reading them
 * costs more than scoring.
 */
export async function findScoredMatches(
  db: Queryable,
  match: string,
  filters: MatchFilters,
  columnWeights: ColumnWeights,
  limit: number,
): Promise<ScoredRow[]> {
  const weights = sql.join(columnWeights.map((weight) => sql.lit(weight)));
  const matches = hasFilters(filters)
    ? sql`
        SELECT article_search.rowid AS id, -bm25(article_search, ${weights}) AS relevance
        FROM article_search JOIN articles ON articles.id = article_search.rowid
        WHERE article_search MATCH ${match} AND ${sql.join(filterConditions(filters), sql` AND `)}
        ORDER BY article_search.rowid DESC LIMIT ${limit}`
    : sql`
        SELECT rowid AS id, -bm25(article_search, ${weights}) AS relevance FROM article_search
        WHERE article_search MATCH ${match} ORDER BY rowid DESC LIMIT ${limit}`;
  const { ids, relevances } = await readColumns<{ ids: number[]; relevances: number[] }>(
    db,
    sql`SELECT json_group_array(id) AS ids, json_group_array(relevance) AS relevances FROM (${matches})`,
  );
  return ids.map((id, index) => ({ id, relevance: relevances[index] as number }));
}

/**
 * One row of JSON arrays (`json_group_array`), parsed. A search reads thousands of ids or scores at a
 * time: as one JSON text each they cost a fifth of what as many result rows cost (better-sqlite3 makes
 * an object of every row), and JSON keeps every double exactly.
 */
async function readColumns<T extends Record<string, unknown[]>>(db: Queryable, query: RawBuilder<unknown>): Promise<T> {
  const { rows } = await sql<Record<string, string>>`${query}`.execute(db);
  const row = rows[0] ?? {};
  return Object.fromEntries(Object.entries(row).map(([name, json]) => [name, JSON.parse(json) as unknown[]])) as T;
}

/** Publication dates by id, from the covering index: the rows themselves hold the whole text first. */
export async function findPublishedAt(db: Queryable, ids: number[]): Promise<Map<number, string>> {
  const found = new Map<number, string>();
  for (let start = 0; start < ids.length; start += ROWS_PER_STATEMENT) {
    const { rows } = await sql<{ id: number; published_at: string }>`
      SELECT id, published_at FROM articles INDEXED BY articles_id_published_at
      WHERE id IN (${sql.join(ids.slice(start, start + ROWS_PER_STATEMENT))})`.execute(db);
    for (const row of rows) found.set(row.id, row.published_at);
  }
  return found;
}

export interface ArticleText {
  id: number;
  title: string;
  /** JSON `[{heading, paragraphs}]`. */
  sections: string;
}

export async function findArticleTexts(db: Queryable, ids: number[]): Promise<ArticleText[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('articles').select(['id', 'title', 'sections']).where('id', 'in', ids).execute();
}

export type IndexableArticleRow = Pick<ArticleRow, 'id' | 'title' | 'sections' | 'category_id' | 'source' | 'published_at' | 'status' | 'duplicate_of'>;

function selectIndexableArticles(db: Queryable) {
  return db.selectFrom('articles').select(['id', 'title', 'sections', 'category_id', 'source', 'published_at', 'status', 'duplicate_of']);
}

/** Published originals in id order, a page at a time (keyset, so each page costs the same); copies of a story are not searched. */
export async function listPublishedArticlesAfter(db: Queryable, afterId: number, limit: number): Promise<IndexableArticleRow[]> {
  return selectIndexableArticles(db)
    .where('status', '=', 'published')
    .where('duplicate_of', 'is', null)
    .where('id', '>', afterId)
    .orderBy('id')
    .limit(limit)
    .execute();
}

/**
 * How many indexed articles hold each term, from the FTS5 vocabulary (any column). Cheap at any size;
 * a deleted article may count until FTS5 merges its segments, which is fine for telling common words.
 */
export async function findDocumentFrequencies(db: Queryable, terms: string[]): Promise<Map<string, number>> {
  const found = new Map<string, number>(terms.map((term) => [term, 0]));
  if (terms.length === 0) return found;
  const { rows } = await sql<{ term: string; doc: number }>`
    SELECT term, doc FROM article_search_vocab WHERE term IN (${sql.join([...new Set(terms)])})`.execute(db);
  for (const row of rows) found.set(row.term, Number(row.doc));
  return found;
}

/** Ids of the articles matching, without scoring: the most recently added `limit` of them, as a set. */
export async function findMatchingIds(db: Queryable, match: string, limit: number): Promise<number[]> {
  const { ids } = await readColumns<{ ids: number[] }>(
    db,
    sql`SELECT json_group_array(id) AS ids FROM (
      SELECT rowid AS id FROM article_search WHERE article_search MATCH ${match} ORDER BY rowid DESC LIMIT ${limit})`,
  );
  return ids;
}

const GENERATION_KEY = 'search_index_generation';

/**
 * A token that changes with every change to the index, in the same transaction: a read cached under
 * one token is valid while the token stands. Random rather than a counter, so that a token written by
 * a transaction that then rolled back is never reused for other contents, and two databases in one
 * process (or a copy of one) share a token only while they hold the same index. Undefined until the
 * index first changes: nothing may be cached then.
 */
export async function readIndexGeneration(db: Queryable): Promise<string | undefined> {
  return readMeta(db, GENERATION_KEY);
}

export async function renewIndexGeneration(db: Queryable): Promise<void> {
  await writeMeta(db, GENERATION_KEY, randomUUID());
}
