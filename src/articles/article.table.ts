/** Row types of the articles and categories tables, as stored. */
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

export type ArticleStatus = 'draft' | 'review' | 'published' | 'archived';

export interface ArticleTable {
  id: Generated<number>;
  /** Identifier of the article in the system it was imported from (a wire feed, a corpus). */
  external_id: string | null;
  /** SHA-256 of a raw copy as ingested, so the same copy ingested twice stays one article. */
  copy_hash: string | null;
  title: string;
  slug: string;
  category_id: number | null;
  /** Publisher or agency the story came from, as a short key (`alarabia`, `BBC`). */
  source: string | null;
  source_url: string | null;
  author: string | null;
  summary: string | null;
  image_caption: string | null;
  image_credit: string | null;
  image_place: string | null;
  /** ISO date (YYYY-MM-DD) the photo was taken, from its caption. */
  image_date: string | null;
  dateline_place: string | null;
  dateline_source: string | null;
  /** The body as JSON: `[{heading, paragraphs}]`. */
  sections: string;
  status: ColumnType<ArticleStatus, ArticleStatus | undefined, ArticleStatus>;
  /** ISO 8601 instants in UTC (`toISOString()`), so that text order is time order. */
  published_at: string;
  created_at: string;
  updated_at: string;
  /** The first stored article of this one's duplicate group (src/duplicates); null for an original. */
  duplicate_of: number | null;
  /** The classifier's section for this article when it was written (src/categories), and its probability. */
  suggested_category_id: number | null;
  category_confidence: number | null;
  /** 1 when `category_id` was set from the suggestion, not by an editor or the source; such articles do not train the classifier. */
  category_auto_filed: ColumnType<number, number | undefined, number>;
  /** The body's opening paragraph (as `articleLede` finds it), kept for lists' teasers; null when it has none. */
  first_paragraph: ColumnType<string | null, string | null | undefined, string | null>;
}

export type ArticleRow = Selectable<ArticleTable>;
export type NewArticleRow = Insertable<ArticleTable>;
export type ArticleRowUpdate = Updateable<ArticleTable>;

export interface CategoryTable {
  id: Generated<number>;
  slug: string;
  name: string;
  position: ColumnType<number, number | undefined, number>;
}

export type CategoryRow = Selectable<CategoryTable>;
