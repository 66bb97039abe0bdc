/**
 * The embedded search index on SQLite FTS5: analyzed text in (stems, and the plain words beside them),
 * ranked hits with snippets of the original text out. Ranking is in rank-matches.ts.
 */
import type { Kysely } from 'kysely';
import type { ArticleSection } from '../articles/article.ts';
import type { Database } from '../db/database.ts';
import { buildMatchPlan } from './fts5-match.ts';
import { isEmptyQuery, parseSearchQuery } from './parse-search-query.ts';
import { toSearchDocument } from './search-document.ts';
import type { IndexableArticle, SearchIndex, SearchQuery, SearchResult } from './search-index.ts';
import { IndexReadCache } from './index-read-cache.ts';
import { cachedIndexReads, directIndexReads } from './index-reads.ts';
import { rankMatches, type MatchRanking } from './rank-matches.ts';
import {
  deleteAllSearchDocuments,
  deleteSearchDocuments,
  optimizeSearchDocuments,
  renewIndexGeneration,
  upsertSearchDocuments,
  type MatchFilters,
} from './search-index.repository.ts';
import { buildSnippet } from './snippet.ts';


export interface SqliteSearchIndexOptions {
  ranking?: Partial<MatchRanking>;
  snippetLength?: number;
  /** The clock that ages are measured from; tests and benchmarks fix it. */
  now?: () => Date;
  /**
   * Rows of index reads kept for queries that share words, per index generation (index-read-cache.ts);
   * 0 reads the index afresh for every query. About 60 bytes a row.
   */
  cacheRows?: number;
  /** A cache to use instead of a new one (benchmarks read its hits and misses). */
  cache?: IndexReadCache;
}

/** About 60 MB at most: enough for the common words of a day's queries at 100,000 articles. */
const DEFAULT_CACHE_ROWS = 1_000_000;

/**
 * Tuned on bench/search-quality.ts (ARCD questions among ANT articles): the plain columns at a
 * quarter of the stems' weight add about 0.03 recall@10; strict ordering by words matched costs about
 * 0.05 on questions of four words or more, hence soft coverage there; 2,000 rows per expression lost
 * 0.01 recall@10 against 5,000 (on questions, long queries), while 1,000 for short queries changed
 * nothing there and halved the p90 of one-word queries at 100,000 articles; word pairs add about 0.01.
 */
export const DEFAULT_RANKING: MatchRanking = {
  columnWeights: [4, 1, 1, 0.25],
  pairFactor: 0.5,
  strictWordLimit: 3,
  coverageExponent: 0.5,
  recencyBoost: 0.1,
  recencyHalfLifeDays: 30,
  maxRowsPerExpression: 5_000,
  maxRowsPerShortExpression: 1_000,
  commonWordRows: 5_000,
};
const MAX_LIMIT = 100;

function isoOrUndefined(value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

const BARE_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Date bounds as `published_at` compares them; a bare date in `to` covers that whole day, and unreadable dates are ignored. */
export function toMatchFilters(query: SearchQuery): MatchFilters {
  const filters: MatchFilters = {};
  if (query.categoryId !== undefined && Number.isSafeInteger(query.categoryId)) filters.categoryId = query.categoryId;
  if (query.source !== undefined && query.source !== '') filters.source = query.source;
  if (query.entityId !== undefined && Number.isSafeInteger(query.entityId)) filters.entityId = query.entityId;
  const from = isoOrUndefined(query.from);
  if (from !== undefined) filters.publishedFrom = from;
  const to = isoOrUndefined(query.to);
  if (to !== undefined) {
    const bare = BARE_DATE.test(query.to?.trim() ?? '');
    filters.publishedBefore = bare ? new Date(Date.parse(to) + 86_400_000).toISOString() : new Date(Date.parse(to) + 1).toISOString();
  }
  return filters;
}

function clamp(value: number, min: number, max: number): number {
  return Number.isFinite(value) ? Math.min(max, Math.max(min, Math.trunc(value))) : min;
}

export function createSqliteSearchIndex(options: SqliteSearchIndexOptions = {}): SearchIndex {
  const ranking: MatchRanking = { ...DEFAULT_RANKING, ...options.ranking };
  const now = options.now ?? (() => new Date());
  const cacheRows = options.cacheRows ?? DEFAULT_CACHE_ROWS;
  const cache = options.cache ?? (cacheRows > 0 ? new IndexReadCache({ maxRows: cacheRows }) : undefined);

  // Every change renews the generation in the same transaction, so no process reuses reads from before it.
  return {
    async index(db: Kysely<Database>, articles: IndexableArticle[]): Promise<void> {
      if (articles.length === 0) return;
      await upsertSearchDocuments(db, articles.map(toSearchDocument));
      await renewIndexGeneration(db);
    },

    async remove(db: Kysely<Database>, ids: number[]): Promise<void> {
      if (ids.length === 0) return;
      await deleteSearchDocuments(db, ids);
      await renewIndexGeneration(db);
    },

    async clear(db: Kysely<Database>): Promise<void> {
      await deleteAllSearchDocuments(db);
      await renewIndexGeneration(db);
    },

    async optimize(db: Kysely<Database>): Promise<void> {
      await optimizeSearchDocuments(db);
    },

    async search(db: Kysely<Database>, query: SearchQuery): Promise<SearchResult> {
      const parsed = parseSearchQuery(typeof query.text === 'string' ? query.text : '');
      const limit = clamp(query.limit, 0, MAX_LIMIT);
      if (isEmptyQuery(parsed)) return { total: 0, hits: [] };
      const reads = cache ? await cachedIndexReads(db, cache) : directIndexReads(db);
      const { total, matches: rows } = await rankMatches(reads, buildMatchPlan(parsed), toMatchFilters(query), ranking, {
        now: now().toISOString(),
        sort: query.sort === 'date' ? 'date' : 'relevance',
        limit,
        offset: clamp(query.offset, 0, Number.MAX_SAFE_INTEGER),
      });
      const texts = new Map((await reads.texts(rows.map((row) => row.id))).map((text) => [text.id, text]));
      const hits = rows.map((row) => {
        const sections = JSON.parse(texts.get(row.id)?.sections ?? '[]') as ArticleSection[];
        const paragraphs = sections.flatMap((section) => (section.heading ? [section.heading, ...section.paragraphs] : section.paragraphs));
        return { id: row.id, score: row.score, snippet: buildSnippet(paragraphs, parsed, options.snippetLength) };
      });
      return { total, hits };
    },
  };
}

/** The index Sahifa runs with. */
export const sqliteSearchIndex: SearchIndex = createSqliteSearchIndex();
