/** The search index contract: one implementation per engine (SQLite FTS5 now, PostgreSQL later), one test suite for all. */
import type { Kysely } from 'kysely';
import type { IndexFields } from '../arabic/analyze.ts';
import type { ArticleAnalysis } from '../articles/written-articles.ts';
import type { Database } from '../db/database.ts';

export interface IndexableArticle {
  id: number;
  title: string;
  /** Subheadings and paragraphs joined by "\n" (`articleBodyText()`). */
  body: string;
  categoryId: number | null;
  source: string | null;
  /** ISO 8601. */
  publishedAt: string;
  /** The analyzer's words of `title` and `body`, when the writer has them already (src/articles/written-articles.ts). */
  analysis?: ArticleAnalysis;
  /** What the index stores of `title` and `body`, when the writer has it already (`searchFields`). */
  fields?: ArticleIndexFields;
}

export interface ArticleIndexFields {
  title: IndexFields;
  body: IndexFields;
}

export interface SearchQuery {
  /** What the reader typed, as typed: any string is safe. */
  text: string;
  limit: number;
  offset: number;
  categoryId?: number;
  source?: string;
  /** Only articles tagged with this entity (`entities.id`, see src/tags). */
  entityId?: number;
  /** ISO dates or instants; a bare date in `to` includes that whole day. */
  from?: string;
  to?: string;
  /** Relevance by default; either way, articles matching more of the words come first. */
  sort?: 'relevance' | 'date';
}

export interface SearchHit {
  id: number;
  /** Higher is better; comparable only within one result. */
  score: number;
  /** Safe HTML: escaped original text with <mark> around matches. */
  snippet: string;
}

export interface SearchResult {
  total: number;
  hits: SearchHit[];
}

export interface SearchIndex {
  /** Upserts; called by the article store INSIDE its transaction (pass the transaction as db). */
  index(db: Kysely<Database>, articles: IndexableArticle[]): Promise<void>;
  remove(db: Kysely<Database>, ids: number[]): Promise<void>;
  /** Empties the index, before a rebuild. */
  clear(db: Kysely<Database>): Promise<void>;
  /**
   * Compacts the index after a bulk change (a rebuild, an import), so that reads have one structure to
   * walk instead of the many a long run of writes leaves. Seconds on a large index: never per write.
   * The contents, and so every result, stay the same.
   */
  optimize(db: Kysely<Database>): Promise<void>;
  search(db: Kysely<Database>, query: SearchQuery): Promise<SearchResult>;
}
