/** What the ingest parsers make of a piece of copy, before it becomes an article draft. */
import type { ArticleImage, ArticleSection, Dateline } from '../articles/article.ts';

// The parts of an article are the article's own types: ingest builds on the articles feature.
export type { ArticleImage, ArticleSection, Dateline };

export interface ParsedArticle {
  title: string;
  image: ArticleImage | null;
  dateline: Dateline | null;
  sections: ArticleSection[];
  /** ISO 8601 as produced by `Date.prototype.toISOString`, or null when the copy does not say. */
  publishedAt: string | null;
}
