/** The body of an article as one text: its subheadings and paragraphs, one per line (what search, related stories and duplicates read). */
import type { ArticleSection } from './article.ts';

export function articleBodyText(sections: readonly ArticleSection[]): string {
  return sections.flatMap((section) => (section.heading ? [section.heading, ...section.paragraphs] : section.paragraphs)).join('\n');
}
