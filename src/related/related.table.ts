/** Row types of the related-stories tables (see migration 2026-11-28T0400-create-related). */

export interface ArticleRelatedTable {
  article_id: number;
  related_id: number;
  /** Higher is closer; comparable across lists, so that a new article can take a weaker entry's place. */
  score: number;
}

export interface RelatedDocumentTable {
  article_id: number;
  /** The article's term vector, JSON `[[term, weight], …]`, strongest first. */
  terms: string;
  category_id: number | null;
  published_at: string;
  /** Hashes of the normalized title and body: equal keys mean the same story filed twice. */
  title_key: string;
  body_key: string;
  /** The distinct terms counted into `related_term_df` for it, space-separated (migration 2026-11-28T1100). */
  counted_terms: string;
}

export interface RelatedTermTable {
  term: string;
  article_id: number;
  weight: number;
}

export interface RelatedTermDfTable {
  term: string;
  /** How many indexed articles use the term anywhere (not only among their strongest terms). */
  df: number;
}

export interface RelatedQueueTable {
  article_id: number;
}

export interface RelatedTables {
  article_related: ArticleRelatedTable;
  related_documents: RelatedDocumentTable;
  related_terms: RelatedTermTable;
  related_term_df: RelatedTermDfTable;
  related_queue: RelatedQueueTable;
}
