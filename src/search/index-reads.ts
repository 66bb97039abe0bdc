/**
 * The reads ranking makes of the index, memoized per index generation (index-read-cache.ts): counts,
 * scored rows and matching ids, which a word shared by many queries would otherwise cost each of them.
 * Texts are not kept: they are large. Publication dates are, by article, as are term frequencies by term.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import type { IndexReadCache } from './index-read-cache.ts';
import {
  countMatches,
  findArticleTexts,
  findDocumentFrequencies,
  findMatchingIds,
  findPublishedAt,
  findScoredMatches,
  readIndexGeneration,
  type ArticleText,
  type ColumnWeights,
  type MatchFilters,
  type ScoredRow,
} from './search-index.repository.ts';

export interface IndexReads {
  count(match: string, filters: MatchFilters): Promise<number>;
  /** Shared with other readers: never mutate the array or its rows. */
  scored(match: string, filters: MatchFilters, weights: ColumnWeights, limit: number): Promise<readonly ScoredRow[]>;
  matchingIds(match: string, limit: number): Promise<readonly number[]>;
  /** Articles holding each term, at least (see findDocumentFrequencies). */
  documentFrequencies(terms: string[]): Promise<Map<string, number>>;
  publishedAt(ids: number[]): Promise<Map<number, string>>;
  texts(ids: number[]): Promise<ArticleText[]>;
}

/** Reads straight from the database. */
export function directIndexReads(db: Kysely<Database>): IndexReads {
  return {
    count: (match, filters) => countMatches(db, match, filters),
    scored: (match, filters, weights, limit) => findScoredMatches(db, match, filters, weights, limit),
    matchingIds: (match, limit) => findMatchingIds(db, match, limit),
    documentFrequencies: (terms) => findDocumentFrequencies(db, terms),
    publishedAt: (ids) => (ids.length === 0 ? Promise.resolve(new Map()) : findPublishedAt(db, ids)),
    texts: (ids) => findArticleTexts(db, ids),
  };
}

/** Reads through `cache`, under the index generation current in `db` (read once per search). */
export async function cachedIndexReads(db: Kysely<Database>, cache: IndexReadCache): Promise<IndexReads> {
  const direct = directIndexReads(db);
  const generation = await readIndexGeneration(db);
  if (generation === undefined) return direct;
  // Every filter is part of the key. A tag filter reads article_entities, which can change without the
  // index changing (entities merged or renamed), so reads under one are never kept.
  const filterKey = (filters: MatchFilters) =>
    filters.entityId === undefined ? JSON.stringify([filters.categoryId, filters.source, filters.publishedFrom, filters.publishedBefore]) : undefined;
  const memo = <T>(key: string | undefined, compute: () => Promise<T>, rowsOf: (value: T) => number) =>
    key === undefined ? compute() : cache.read(generation, key, compute, rowsOf);
  return {
    ...direct,
    count: (match, filters) => memo(filterKey(filters) && `count ${filterKey(filters)} ${match}`, () => direct.count(match, filters), () => 1),
    scored: (match, filters, weights, limit) =>
      memo(filterKey(filters) && `scored ${filterKey(filters)} ${weights.join(',')} ${limit} ${match}`, () => direct.scored(match, filters, weights, limit), (rows) => rows.length),
    // Terms recur across queries far more than whole expressions do ("آخر أخبار" in every question):
    // each is kept alone, and only the ones not kept are read, in one statement.
    documentFrequencies: async (terms) => {
      const found = new Map<string, number>();
      const missing: string[] = [];
      for (const term of new Set(terms)) {
        const kept = cache.peek<number>(generation, `df ${term}`);
        if (kept === undefined) missing.push(term);
        else found.set(term, kept);
      }
      if (missing.length > 0) {
        for (const [term, frequency] of await direct.documentFrequencies(missing)) {
          cache.put(generation, `df ${term}`, frequency, 1);
          found.set(term, frequency);
        }
      }
      return found;
    },
    // The best candidates of queries on one story are the same articles: their dates are kept one by one.
    publishedAt: async (ids) => {
      const found = new Map<number, string>();
      const missing: number[] = [];
      for (const id of ids) {
        const kept = cache.peek<string>(generation, `date ${id}`);
        if (kept === undefined) missing.push(id);
        else found.set(id, kept);
      }
      for (const [id, date] of await direct.publishedAt(missing)) {
        cache.put(generation, `date ${id}`, date, 1);
        found.set(id, date);
      }
      return found;
    },
    matchingIds: (match, limit) => cache.read(generation, `ids ${limit} ${match}`, () => direct.matchingIds(match, limit), (ids) => ids.length),
  };
}
