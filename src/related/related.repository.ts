/** Every SQL statement on the related-stories tables: plain functions taking a database or a transaction. */
import { sql } from 'kysely';
import type { Queryable } from '../articles/article.repository.ts';
import { chunks as chunksOf } from '../db/chunks.ts';
import type { RelatedDocumentTable } from './related.table.ts';

// Three values a row at most: 1,000 rows stay far below SQLite's 32,766 bound parameters.
const ROWS_PER_STATEMENT = 1_000;

const chunks = <T>(items: readonly T[], size = ROWS_PER_STATEMENT) => chunksOf(items, size);

/** SQLite's BINARY order of two texts (UTF-8 bytes), which is UTF-16 code unit order for the BMP text of terms. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// --- document frequencies -------------------------------------------------------------------------

/**
 * Adds `delta` to the document frequency of each term (an article indexed: +1), and returns the
 * frequencies now stored for these terms (0 for a term no article uses any more), which the caller
 * would otherwise look up again. Rows travel as one JSON parameter: a statement with a parameter per
 * value costs Kysely and SQLite more to build and prepare than to run, and a batch of an import holds
 * tens of thousands of terms.
 */
export async function addTermDocumentFrequencies(db: Queryable, deltas: Map<string, number>): Promise<Map<string, number>> {
  const stored = new Map<string, number>();
  // In key order, so that SQLite walks the b-tree once instead of jumping between its pages: sorted by
  // SQLite, at a fraction of the cost of a sort here.
  for (const chunk of chunks([...deltas], 20_000)) {
    // `WHERE true` tells SQLite's parser that ON CONFLICT belongs to the INSERT, not to a join.
    const { rows } = await sql<{ term: string; df: number }>`
      INSERT INTO related_term_df (term, df) SELECT value ->> 0, value ->> 1 FROM json_each(${JSON.stringify(chunk)}) WHERE true ORDER BY 1
      ON CONFLICT (term) DO UPDATE SET df = max(0, df + excluded.df) RETURNING term, df`.execute(db);
    for (const row of rows) stored.set(row.term, row.df);
  }
  return stored;
}

/** Deletes the rows of these terms whose frequency fell to 0 (their last article taken out). */
export async function deleteUnusedTerms(db: Queryable, terms: readonly string[]): Promise<void> {
  for (const chunk of chunks(terms, 20_000)) {
    await sql`DELETE FROM related_term_df WHERE df <= 0 AND term IN (SELECT value FROM json_each(${JSON.stringify(chunk)}))`.execute(db);
  }
}

export async function findTermDocumentFrequencies(db: Queryable, terms: Iterable<string>): Promise<Map<string, number>> {
  const found = new Map<string, number>();
  // SQLite reads the list into a sorted index of its own before the lookups: it needs no order here.
  for (const chunk of chunks([...new Set(terms)], 20_000)) {
    const { rows } = await sql<{ term: string; df: number }>`
      SELECT term, df FROM related_term_df WHERE term IN (SELECT value FROM json_each(${JSON.stringify(chunk)}))`.execute(db);
    for (const row of rows) found.set(row.term, row.df);
  }
  return found;
}

// --- documents and their terms --------------------------------------------------------------------

export type RelatedDocumentRow = RelatedDocumentTable;

export async function upsertRelatedDocuments(db: Queryable, documents: RelatedDocumentRow[]): Promise<void> {
  for (const chunk of chunks(documents, 2_000)) {
    await sql`INSERT OR REPLACE INTO related_documents (article_id, terms, category_id, published_at, title_key, body_key, counted_terms)
      SELECT value ->> 'article_id', value ->> 'terms', value ->> 'category_id', value ->> 'published_at', value ->> 'title_key', value ->> 'body_key', value ->> 'counted_terms'
      FROM json_each(${JSON.stringify(chunk)})`.execute(db);
  }
}

export async function findRelatedDocuments(db: Queryable, ids: number[]): Promise<RelatedDocumentRow[]> {
  const rows: RelatedDocumentRow[] = [];
  for (const chunk of chunks(ids, 20_000)) {
    const found = await sql<RelatedDocumentRow>`
      SELECT article_id, terms, category_id, published_at, title_key, body_key, counted_terms FROM related_documents
      WHERE article_id IN (SELECT value FROM json_each(${JSON.stringify(chunk)}))`.execute(db);
    rows.push(...found.rows);
  }
  return rows;
}

export async function deleteRelatedDocuments(db: Queryable, ids: number[]): Promise<void> {
  for (const chunk of chunks(ids)) await db.deleteFrom('related_documents').where('article_id', 'in', chunk).execute();
}

export async function countRelatedDocuments(db: Queryable): Promise<number> {
  const row = await db.selectFrom('related_documents').select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirst();
  return Number(row?.count ?? 0);
}

export interface TermPosting {
  term: string;
  article_id: number;
  weight: number;
}

export async function insertTermPostings(db: Queryable, postings: TermPosting[]): Promise<void> {
  // In key order (term, article): a batch's postings are spread over the whole index, and inserting
  // them in order touches each page once (about a third faster on an import). Sorted by SQLite, which
  // costs a fraction of a sort with a comparator here.
  for (const chunk of chunks(postings, 20_000)) {
    const rows = chunk.map((posting) => [posting.term, posting.article_id, posting.weight]);
    await sql`INSERT INTO related_terms (term, article_id, weight) SELECT value ->> 0, value ->> 1, value ->> 2 FROM json_each(${JSON.stringify(rows)}) WHERE true ORDER BY 1, 2
      ON CONFLICT (term, article_id) DO UPDATE SET weight = excluded.weight`.execute(db);
  }
}

/** Deletes the postings `[term, articleId]` (a removed article's stored vector), in one statement per chunk. */
export async function deleteTermPostings(db: Queryable, postings: readonly (readonly [string, number])[]): Promise<void> {
  const sorted = [...postings].sort((a, b) => compareText(a[0], b[0]) || a[1] - b[1]);
  for (const chunk of chunks(sorted, 20_000)) {
    await sql`DELETE FROM related_terms WHERE (term, article_id) IN (SELECT value ->> 0, value ->> 1 FROM json_each(${JSON.stringify(chunk)}))`.execute(db);
  }
}

/**
 * The articles sharing the vector's terms, with the dot product of their stored vectors and this one,
 * the best `limit` of them. The posting lists are bounded by construction (an article posts only its
 * strongest terms, so a common word is posted only by the few articles it dominates), and SQLite sums
 * them itself: about twice as fast as handing every posting to JavaScript. The vector travels as one
 * JSON parameter, which Kysely builds and SQLite prepares in microseconds.
 */
export async function findTextScores(db: Queryable, vector: readonly (readonly [string, number])[], excludeId: number, limit: number): Promise<{ id: number; score: number }[]> {
  if (vector.length === 0) return [];
  const { rows } = await sql<{ id: number; score: number }>`
    SELECT related_terms.article_id AS id, sum(related_terms.weight * (wanted.value ->> 1)) AS score
    FROM json_each(${JSON.stringify(vector)}) AS wanted JOIN related_terms ON related_terms.term = wanted.value ->> 0
    WHERE related_terms.article_id != ${excludeId}
    GROUP BY related_terms.article_id ORDER BY score DESC, id DESC LIMIT ${limit}`.execute(db);
  return rows;
}

export type StoryFactsRow = Omit<RelatedDocumentRow, 'terms'>;

/** What the ranking reads of candidate stories (not their vectors). */
export async function findStoryFacts(db: Queryable, ids: number[]): Promise<StoryFactsRow[]> {
  if (ids.length === 0) return [];
  const { rows } = await sql<StoryFactsRow>`
    SELECT article_id, category_id, published_at, title_key, body_key FROM related_documents
    WHERE article_id IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`.execute(db);
  return rows;
}

/** The most recently added indexed articles of a category: the fallback when few stories share terms. */
export async function findLatestInCategory(db: Queryable, categoryId: number, limit: number): Promise<number[]> {
  const rows = await db
    .selectFrom('related_documents')
    .select('article_id')
    .where('category_id', '=', categoryId)
    .orderBy('article_id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((row) => row.article_id);
}

// --- the lists ------------------------------------------------------------------------------------

export interface RelatedEntryRow {
  article_id: number;
  related_id: number;
  score: number;
}

/** The stored lists of these articles, each best first. */
export async function findRelatedEntries(db: Queryable, articleIds: number[]): Promise<RelatedEntryRow[]> {
  if (articleIds.length === 0) return [];
  const { rows } = await sql<RelatedEntryRow>`
    SELECT article_id, related_id, score FROM article_related
    WHERE article_id IN (SELECT value FROM json_each(${JSON.stringify(articleIds)}))
    ORDER BY article_id, score DESC, related_id DESC`.execute(db);
  return rows;
}

/** A stored related story with what a link or a card shows; `status` null when the story is gone. */
export interface StoredRelatedHeadlineRow {
  related_id: number;
  status: string | null;
  title: string | null;
  slug: string | null;
  published_at: string | null;
  category_id: number | null;
  category_slug: string | null;
  category_name: string | null;
}

/**
 * An article's stored list, best first, with each story's headline, in one statement (the article
 * page's; three statements and thirty columns a story before). No rows when the list is queued or
 * was never stored: the caller then ranks as `findRelatedIds` does.
 */
export async function findStoredRelatedHeadlines(db: Queryable, articleId: number): Promise<StoredRelatedHeadlineRow[]> {
  const { rows } = await sql<StoredRelatedHeadlineRow>`
    SELECT related.related_id, story.status, story.title, story.slug, story.published_at, story.category_id,
      categories.slug AS category_slug, categories.name AS category_name
    FROM article_related AS related
    LEFT JOIN articles AS story ON story.id = related.related_id
    LEFT JOIN categories ON categories.id = story.category_id
    WHERE related.article_id = ${articleId} AND NOT EXISTS (SELECT 1 FROM related_queue WHERE related_queue.article_id = ${articleId})
    ORDER BY related.score DESC, related.related_id DESC`.execute(db);
  return rows;
}

export async function replaceRelatedList(db: Queryable, articleId: number, entries: { id: number; score: number }[]): Promise<void> {
  await db.deleteFrom('article_related').where('article_id', '=', articleId).execute();
  if (entries.length === 0) return;
  await db
    .insertInto('article_related')
    .values(entries.map((entry) => ({ article_id: articleId, related_id: entry.id, score: entry.score })))
    .execute();
}

export async function insertRelatedEntries(db: Queryable, rows: RelatedEntryRow[]): Promise<void> {
  for (const chunk of chunks(rows)) {
    await db.insertInto('article_related').values(chunk).onConflict((conflict) => conflict.columns(['article_id', 'related_id']).doUpdateSet((eb) => ({ score: eb.ref('excluded.score') }))).execute();
  }
}

export async function deleteRelatedEntries(db: Queryable, rows: { article_id: number; related_id: number }[]): Promise<void> {
  if (rows.length === 0) return;
  await sql`DELETE FROM article_related WHERE (article_id, related_id) IN
    (SELECT value ->> 0, value ->> 1 FROM json_each(${JSON.stringify(rows.map((row) => [row.article_id, row.related_id]))}))`.execute(db);
}

/** The articles whose lists show any of these articles. */
export async function findArticlesListing(db: Queryable, relatedIds: number[]): Promise<number[]> {
  const found = new Set<number>();
  for (const chunk of chunks(relatedIds)) {
    const rows = await db.selectFrom('article_related').select('article_id').where('related_id', 'in', chunk).execute();
    for (const row of rows) found.add(row.article_id);
  }
  return [...found];
}

export async function deleteListsOf(db: Queryable, ids: number[]): Promise<void> {
  for (const chunk of chunks(ids)) {
    await db.deleteFrom('article_related').where((eb) => eb.or([eb('article_id', 'in', chunk), eb('related_id', 'in', chunk)])).execute();
  }
}

// --- the queue ------------------------------------------------------------------------------------

export async function enqueueRelated(db: Queryable, ids: number[]): Promise<void> {
  for (const chunk of chunks(ids, 20_000)) {
    await sql`INSERT OR IGNORE INTO related_queue (article_id) SELECT value FROM json_each(${JSON.stringify(chunk)})`.execute(db);
  }
}

/** Queues every published article (a rebuild). */
export async function enqueueAllPublished(db: Queryable): Promise<void> {
  await sql`INSERT OR IGNORE INTO related_queue (article_id) SELECT id FROM articles WHERE status = 'published'`.execute(db);
}

/** The oldest queued articles first, so that each sees the ones written before it. */
export async function peekQueue(db: Queryable, limit: number): Promise<number[]> {
  const rows = await db.selectFrom('related_queue').select('article_id').orderBy('article_id').limit(limit).execute();
  return rows.map((row) => row.article_id);
}

export async function findQueued(db: Queryable, ids: number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const { rows } = await sql<{ article_id: number }>`
    SELECT article_id FROM related_queue WHERE article_id IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`.execute(db);
  return new Set(rows.map((row) => row.article_id));
}

export async function dequeueRelated(db: Queryable, ids: number[]): Promise<void> {
  for (const chunk of chunks(ids)) await db.deleteFrom('related_queue').where('article_id', 'in', chunk).execute();
}

export async function countQueued(db: Queryable): Promise<number> {
  const row = await db.selectFrom('related_queue').select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirst();
  return Number(row?.count ?? 0);
}

/** Empties every related-stories table, before a rebuild. */
export async function clearRelated(db: Queryable): Promise<void> {
  for (const table of ['article_related', 'related_terms', 'related_term_df', 'related_documents', 'related_queue'] as const) {
    await db.deleteFrom(table).execute();
  }
}

// --- the articles ---------------------------------------------------------------------------------

export interface RelatedSourceRow {
  id: number;
  title: string;
  sections: string;
  category_id: number | null;
  published_at: string;
  status: string;
}

export async function findRelatedSources(db: Queryable, ids: number[]): Promise<RelatedSourceRow[]> {
  const rows: RelatedSourceRow[] = [];
  for (const chunk of chunks(ids)) {
    rows.push(...(await db.selectFrom('articles').select(['id', 'title', 'sections', 'category_id', 'published_at', 'status']).where('id', 'in', chunk).execute()));
  }
  return rows;
}

// --- what other features know ---------------------------------------------------------------------

export interface ArticleEntityWeightRow {
  article_id: number;
  entity_id: number;
  mentions: number;
  /** How many articles name the entity. */
  article_count: number;
}

/** The entities of these articles (src/tags), with how often each is named and by how many articles. */
export async function findArticleEntityWeights(db: Queryable, ids: number[]): Promise<ArticleEntityWeightRow[]> {
  if (ids.length === 0) return [];
  const { rows } = await sql<ArticleEntityWeightRow>`
    SELECT article_entities.article_id, article_entities.entity_id, article_entities.mentions, entities.article_count
    FROM article_entities JOIN entities ON entities.id = article_entities.entity_id
    WHERE article_entities.article_id IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`.execute(db);
  return rows;
}

/** Each article's duplicate group: the first stored article of its group (`duplicate_of`), or itself. */
export async function findDuplicateOf(db: Queryable, ids: number[]): Promise<Map<number, number>> {
  const groups = new Map<number, number>();
  for (const chunk of chunks(ids)) {
    const rows = await db.selectFrom('articles').select(['id', 'duplicate_of']).where('id', 'in', chunk).execute();
    for (const row of rows) groups.set(row.id, row.duplicate_of ?? row.id);
  }
  return groups;
}
