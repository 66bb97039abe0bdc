/** What the index stores for one article: the analyzed title and body, stems and plain words apart. */
import { analyzeText, indexFieldsOf } from '../arabic/analyze.ts';
import { articleBodyText } from '../articles/article-body-text.ts';
import type { ArticleSection } from '../articles/article.ts';
import type { ArticleRow } from '../articles/article.table.ts';
import type { ArticleDerivation } from '../articles/written-articles.ts';
import type { ArticleIndexFields, IndexableArticle } from './search-index.ts';

export interface SearchDocument {
  id: number;
  /** Stems joined by spaces, in text order, so that phrases match by position. */
  title: string;
  body: string;
  /**
   * The plain (unstemmed) words, then the stems of the words that carry a preposition read without
   * it (`بكازاخستان` adds `كازاخستان`): both matched at a lower weight than the stems.
   */
  titlePlain: string;
  bodyPlain: string;
}

/** The searchable body of an article: its subheadings and paragraphs, one per line. */
export { articleBodyText };

export function toIndexableArticle(
  row: Pick<ArticleRow, 'id' | 'title' | 'sections' | 'category_id' | 'source' | 'published_at'>,
): IndexableArticle {
  return {
    id: row.id,
    title: row.title,
    body: articleBodyText(JSON.parse(row.sections) as ArticleSection[]),
    categoryId: row.category_id,
    source: row.source,
    publishedAt: row.published_at,
  };
}

/** What the index stores of an article's text: from the text alone, so a bulk writer may derive it ahead in a worker. */
export const searchFields: ArticleDerivation<ArticleIndexFields> = {
  name: 'search.fields',
  derive: ({ analysis }) => ({ title: indexFieldsOf(analysis().title), body: indexFieldsOf(analysis().body) }),
};

export function toSearchDocument(article: IndexableArticle): SearchDocument {
  // A writer hands over the fields, or the analysis, it made once for every step after the write.
  const title = article.fields?.title ?? indexFieldsOf(article.analysis?.title ?? analyzeText(article.title));
  const body = article.fields?.body ?? indexFieldsOf(article.analysis?.body ?? analyzeText(article.body));
  return {
    id: article.id,
    title: title.terms,
    body: body.terms,
    titlePlain: `${title.plains} ${title.unprefixed}`.trim(),
    bodyPlain: `${body.plains} ${body.unprefixed}`.trim(),
  };
}
