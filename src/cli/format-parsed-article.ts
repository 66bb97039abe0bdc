/** Plain-text rendering of a parsed article for the terminal. */
import type { ParsedArticle } from '../ingest/parsed-article.ts';

export function formatParsedArticle(article: ParsedArticle, fileName?: string): string {
  const lines: string[] = [];
  if (fileName) lines.push(`== ${fileName}`);
  lines.push(`title:       ${article.title}`);
  lines.push(`publishedAt: ${article.publishedAt ?? '(none; the import time will be used)'}`);
  if (article.image) {
    lines.push(`caption:     ${article.image.caption}`);
    lines.push(`  credit: ${article.image.credit ?? '-'}  place: ${article.image.place ?? '-'}  date: ${article.image.date ?? '-'}`);
  } else {
    lines.push('caption:     (none)');
  }
  lines.push(`dateline:    ${article.dateline ? `${article.dateline.place} / ${article.dateline.source ?? '-'}` : '(none)'}`);
  const paragraphCount = article.sections.reduce((sum, section) => sum + section.paragraphs.length, 0);
  lines.push(`body:        ${article.sections.length} sections, ${paragraphCount} paragraphs`);
  for (const section of article.sections) {
    lines.push('');
    lines.push(section.heading ? `## ${section.heading}` : '## (opening)');
    for (const paragraph of section.paragraphs) lines.push(`  ${paragraph}`);
  }
  return `${lines.join('\n')}\n`;
}
