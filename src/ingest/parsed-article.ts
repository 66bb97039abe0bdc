/** What the ingest parsers make of a piece of copy, before it becomes an article draft. */

export interface ArticleImage {
  caption: string;
  credit: string | null;
  place: string | null;
  /** The day the photo was taken, `YYYY-MM-DD`. */
  date: string | null;
}

/** The `place -source` line that opens wire copy: `دبي -الشرق`. */
export interface Dateline {
  place: string;
  source: string | null;
}

/** A subheading and the paragraphs under it; the opening section has no heading. */
export interface ArticleSection {
  heading: string | null;
  paragraphs: string[];
}

export interface ParsedArticle {
  title: string;
  image: ArticleImage | null;
  dateline: Dateline | null;
  sections: ArticleSection[];
  /** ISO 8601 as produced by `Date.prototype.toISOString`, or null when the copy does not say. */
  publishedAt: string | null;
}
