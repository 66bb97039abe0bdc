/**
 * Which part of a raw copy entity extraction reads: the decoded text with every line that is not
 * the article's (page leftovers such as «اقرأ أيضاً», a caption printed twice) blanked out by spaces,
 * so that offsets found in it index the decoded text itself.
 */
import type { ParsedArticle } from '../ingest/parsed-article.ts';

export function articleText(decoded: string, article: ParsedArticle): string {
  const pieces = [
    article.title,
    article.image?.caption,
    ...article.sections.flatMap((section) => [section.heading, ...section.paragraphs]),
  ].filter((piece): piece is string => piece !== null && piece !== undefined && piece.trim() !== '');
  const seen = new Set<string>();
  return decoded.replace(/[^\r\n]+/g, (line) => {
    const trimmed = line.trim();
    const isDateline = article.dateline !== null && trimmed.startsWith(article.dateline.place) && trimmed.length <= 80;
    const isArticle = isDateline || pieces.some((piece) => trimmed.includes(piece.trim()));
    if (!isArticle || seen.has(trimmed)) return ' '.repeat(line.length);
    seen.add(trimmed);
    return line;
  });
}
