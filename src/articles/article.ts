/** The article as the rest of Sahifa sees it: camelCase, parsed, with its category resolved. */
import type { ArticleStatus } from './article.table.ts';

export interface ArticleImage {
  caption: string;
  credit: string | null;
  place: string | null;
  /** ISO date (YYYY-MM-DD). */
  date: string | null;
}

export interface Dateline {
  place: string;
  source: string | null;
}

export interface ArticleSection {
  /** The subheading above these paragraphs; null for the opening section. */
  heading: string | null;
  paragraphs: string[];
}

export interface Category {
  id: number;
  slug: string;
  name: string;
}

export interface Article {
  id: number;
  externalId: string | null;
  title: string;
  slug: string;
  category: Category | null;
  source: string | null;
  sourceUrl: string | null;
  author: string | null;
  summary: string | null;
  image: ArticleImage | null;
  dateline: Dateline | null;
  sections: ArticleSection[];
  status: ArticleStatus;
  publishedAt: string;
  createdAt: string;
  updatedAt: string;
  /** The id of the first stored article of this one's duplicate group; null for an original. */
  duplicateOf: number | null;
  /** True when the classifier filed the article in `category`, not an editor or the source. */
  categoryAutoFiled: boolean;
  /** The section the classifier suggested when the article was written without one, with its probability. */
  suggestedCategory: (Category & { confidence: number }) | null;
}

/** What a writer of articles supplies; the store derives the rest. */
export interface ArticleDraft {
  externalId?: string | null;
  copyHash?: string | null;
  title: string;
  categoryId?: number | null;
  source?: string | null;
  sourceUrl?: string | null;
  author?: string | null;
  summary?: string | null;
  image: ArticleImage | null;
  dateline: Dateline | null;
  sections: ArticleSection[];
  status?: ArticleStatus;
  publishedAt: string;
}

/** The opening paragraph, as used for descriptions and teasers. */
export function articleLede(article: Pick<Article, 'sections' | 'summary'>): string {
  const first = article.sections.find((section) => section.paragraphs.length > 0)?.paragraphs[0];
  return article.summary ?? first ?? '';
}

/**
 * An article as lists show it (home, sections, related and most-read stories): everything but the
 * body, with the opening paragraph the teaser quotes. Reading bodies that lists never show was most
 * of what their queries cost.
 */
export interface ArticleTeaser extends Omit<Article, 'sections'> {
  /** The opening paragraph (as `articleLede` finds it); null for an article without one, or when a list of headlines did not read it. */
  firstParagraph: string | null;
}

/** The text a teaser quotes: the summary, else the opening paragraph. */
export function teaserLede(article: Pick<ArticleTeaser, 'summary' | 'firstParagraph'>): string {
  return article.summary ?? article.firstParagraph ?? '';
}
