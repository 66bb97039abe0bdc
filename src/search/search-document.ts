/** What the index stores for one article: the analyzed title and body, stems and plain words apart. */
import { analyze } from '../arabic/analyze.ts';
import type { ArticleSection } from '../articles/article.ts';
import type { ArticleRow } from '../articles/article.table.ts';
import type { IndexableArticle } from './search-index.ts';

export interface SearchDocument {
  id: number;
  /** Stems joined by spaces, in text order, so that phrases match by position. */
  title: string;
  body: string;
  titlePlain: string;
  bodyPlain: string;
}

/** The searchable body of an article: its subheadings and paragraphs, one per line. */
export function articleBodyText(sections: ArticleSection[]): string {
  return sections.flatMap((section) => (section.heading ? [section.heading, ...section.paragraphs] : section.paragraphs)).join('\n');
}

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

function analyzedFields(text: string): { terms: string; plain: string } {
  const tokens = analyze(text);
  return { terms: tokens.map((token) => token.term).join(' '), plain: tokens.map((token) => token.plain).join(' ') };
}

export function toSearchDocument(article: IndexableArticle): SearchDocument {
  const title = analyzedFields(article.title);
  const body = analyzedFields(article.body);
  return { id: article.id, title: title.terms, body: body.terms, titlePlain: title.plain, bodyPlain: body.plain };
}
