/** What the category classifier reads of an article: its headline, its body text and where it came from. */
import type { ArticleSection } from '../articles/article.ts';

export interface ClassifierArticle {
  title: string;
  body: string;
  /** Publisher or agency key (`alarabia`, `BBC`); outlets file stories their own way, so it is a feature. */
  source?: string | null;
}

/** The body as plain text, subheadings included, one paragraph a line. */
export function sectionsText(sections: readonly ArticleSection[]): string {
  return sections.flatMap((section) => (section.heading === null ? section.paragraphs : [section.heading, ...section.paragraphs])).join('\n');
}
