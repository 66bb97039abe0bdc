/** Every SQL statement on the FTS5 article index: plain functions taking a database or a transaction. */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../db/database.ts';
import type { ArticleRow } from '../articles/article.table.ts';
import type { MatchPlan } from './fts5-match.ts';
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

export async function countSearchDocuments(db: Queryable): Promise<number> {
  const { rows } = await sql<{ count: number }>`SELECT count(*) AS count FROM article_search`.execute(db);
  return Number(rows[0]?.count ?? 0);
}

export interface MatchFilters {
  categoryId?: number;
  source?: string;
  /** Inclusive lower bound on `published_at`. */
  publishedFrom?: string;
  /** Exclusive upper bound on `published_at`. */
  publishedBefore?: string;
}

export interface MatchRanking {
  /** bm25 column weights: title, body, title_plain, body_plain. */
  columnWeights: readonly [number, number, number, number];
  /** Share of a word's score when it is found only with a preposition attached. */
  variantFactor: number;
  /** Share of a word pair's phrase score added when the two words stand side by side. */
  pairFactor: number;
  /** Queries of up to this many words rank strictly by words matched; longer ones multiply the score by coverage^coverageExponent. */
  strictWordLimit: number;
  coverageExponent: number;
  /** Relevance is multiplied by 1 + boost / (1 + age in days / halfLifeDays). */
  recencyBoost: number;
  recencyHalfLifeDays: number;
  /** ISO instant that ages are measured from. */
  now: string;
  sort: 'relevance' | 'date';
}

export interface MatchRow {
  id: number;
  /** How many of the plan's words the article matches. */
  matched: number;
  score: number;
}

function filterConditions(filters: MatchFilters): RawBuilder<unknown>[] {
  const conditions = [sql`articles.status = 'published'`];
  if (filters.categoryId !== undefined) conditions.push(sql`articles.category_id = ${filters.categoryId}`);
  if (filters.source !== undefined) conditions.push(sql`articles.source = ${filters.source}`);
  if (filters.publishedFrom !== undefined) conditions.push(sql`articles.published_at >= ${filters.publishedFrom}`);
  if (filters.publishedBefore !== undefined) conditions.push(sql`articles.published_at < ${filters.publishedBefore}`);
  return conditions;
}

function scoredHits(plan: MatchPlan, ranking: MatchRanking): RawBuilder<unknown> {
  const weights = sql.join(ranking.columnWeights.map((weight) => sql.lit(weight)));
  // grp numbers the words from 0; pairs get negative numbers, so they add score but never count as a word.
  const select = (match: string, group: number, factor: number) =>
    sql`SELECT rowid AS id, ${sql.lit(group)} AS grp, -bm25(article_search, ${weights}) * ${sql.lit(factor)} AS relevance
      FROM article_search WHERE article_search MATCH ${match}`;
  const selects = plan.words.flatMap((word, group) => [
    select(word.primary, group, 1),
    ...(word.variants === undefined ? [] : [select(word.variants, group, ranking.variantFactor)]),
  ]);
  plan.pairs.forEach((pair, index) => selects.push(select(pair, -1 - index, ranking.pairFactor)));
  return sql.join(selects, sql` UNION ALL `);
}

function orderBy(plan: MatchPlan, ranking: MatchRanking): RawBuilder<unknown> {
  if (ranking.sort === 'date') return sql`matched DESC, articles.published_at DESC, articles.id DESC`;
  if (plan.words.length <= ranking.strictWordLimit) return sql`matched DESC, score DESC, articles.id DESC`;
  return sql`score DESC, articles.id DESC`;
}

/**
 * Runs each word's match once and adds up per article how many words it matches and their bm25
 * scores (bm25 of an OR is the sum over its phrases, so this is the OR's score), keeping a word's best
 * form only. One statement, so the total and the page come from the same snapshot.
 */
export async function findMatches(
  db: Queryable,
  plan: MatchPlan,
  filters: MatchFilters,
  ranking: MatchRanking,
  page: { limit: number; offset: number },
): Promise<{ total: number; rows: MatchRow[] }> {
  const recency = sql`(1 + ${sql.lit(ranking.recencyBoost)}
    / (1 + max(0, julianday(${ranking.now}) - julianday(articles.published_at)) / ${sql.lit(ranking.recencyHalfLifeDays)}))`;
  const coverage =
    plan.words.length <= ranking.strictWordLimit
      ? sql`1`
      : sql`pow(grouped.matched * 1.0 / ${sql.lit(plan.words.length)}, ${sql.lit(ranking.coverageExponent)})`;
  const { rows } = await sql<MatchRow & { total: number }>`
    WITH hits AS MATERIALIZED (${scoredHits(plan, ranking)}),
    per_word AS (SELECT id, grp, max(relevance) AS relevance FROM hits GROUP BY id, grp),
    grouped AS (
      SELECT id, count(CASE WHEN grp >= 0 THEN 1 END) AS matched, sum(relevance) AS relevance
      FROM per_word GROUP BY id HAVING matched > 0
    )
    SELECT grouped.id, grouped.matched AS matched, grouped.relevance * ${recency} * ${coverage} AS score, count(*) OVER () AS total
    FROM grouped JOIN articles ON articles.id = grouped.id
    WHERE ${sql.join(filterConditions(filters), sql` AND `)}
    ORDER BY ${orderBy(plan, ranking)}
    LIMIT ${page.limit} OFFSET ${page.offset}
  `.execute(db);
  if (rows.length > 0 || (page.offset === 0 && page.limit > 0)) {
    return { total: Number(rows[0]?.total ?? 0), rows: rows.map(({ id, matched, score }) => ({ id, matched, score })) };
  }
  // Past the last page (or an empty one): no row carries the total, so count it alone.
  const matches = plan.words.flatMap((word) => (word.variants === undefined ? [word.primary] : [word.primary, word.variants]));
  const counted = await sql<{ total: number }>`
    WITH hits AS (${sql.join(
      matches.map((match) => sql`SELECT rowid AS id FROM article_search WHERE article_search MATCH ${match}`),
      sql` UNION `,
    )})
    SELECT count(*) AS total FROM hits JOIN articles ON articles.id = hits.id
    WHERE ${sql.join(filterConditions(filters), sql` AND `)}
  `.execute(db);
  return { total: Number(counted.rows[0]?.total ?? 0), rows: [] };
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

export type IndexableArticleRow = Pick<ArticleRow, 'id' | 'title' | 'sections' | 'category_id' | 'source' | 'published_at' | 'status'>;

function selectIndexableArticles(db: Queryable) {
  return db.selectFrom('articles').select(['id', 'title', 'sections', 'category_id', 'source', 'published_at', 'status']);
}

/** Published articles in id order, a page at a time (keyset, so each page costs the same). */
export async function listPublishedArticlesAfter(db: Queryable, afterId: number, limit: number): Promise<IndexableArticleRow[]> {
  return selectIndexableArticles(db).where('status', '=', 'published').where('id', '>', afterId).orderBy('id').limit(limit).execute();
}

export async function findIndexableArticles(db: Queryable, ids: number[]): Promise<IndexableArticleRow[]> {
  if (ids.length === 0) return [];
  return selectIndexableArticles(db).where('id', 'in', ids).execute();
}
