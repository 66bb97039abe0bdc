/** The text of a stored article that entity extraction reads: headline, photo caption, subheadings and paragraphs, one per line. */
import type { ArticleSection } from '../articles/article.ts';

export interface ArticleTextParts {
  title: string;
  imageCaption: string | null;
  sections: ArticleSection[];
}

export function entityTextOf({ title, imageCaption, sections }: ArticleTextParts): string {
  const lines = [title];
  if (imageCaption) lines.push(imageCaption);
  for (const section of sections) {
    if (section.heading) lines.push(section.heading);
    lines.push(...section.paragraphs);
  }
  return lines.join('\n');
}
