/**
 * A line (in copy, a paragraph or a caption) that repeats an earlier one word for word, like the
 * reference's caption pasted twice. A copy right under its twin is deleted by `--fix`; a distant copy is
 * only reported, since the editor decides which one stays.
 */
import type { Finding } from '../rule.ts';
import type { LineSpan } from '../text/proof-document.ts';
import { countWords, lineKeysOf } from '../text/same-text.ts';
import { defineRule } from './define-rule.ts';

/** Short lines (`اقرأ أيضاً:`, a subheading) legitimately recur. */
const MIN_WORDS = 4;

function lineBreakEnd(text: string, lineEnd: number): number {
  if (text.startsWith('\r\n', lineEnd)) return lineEnd + 2;
  return lineEnd < text.length ? lineEnd + 1 : lineEnd;
}

export const duplicateLineRule = defineRule({
  id: 'duplicate-line',
  severity: 'error',
  message: { ar: 'سطر مكرر: الفقرة نفسها وردت من قبل', en: 'Duplicated line: the same paragraph appears earlier' },
  examples: [
    {
      wrong: 'وزير الخارجية مع أعضاء السفارة في أستانة\nوزير الخارجية مع أعضاء السفارة في أستانة\nدبي - الشرق',
      right: 'وزير الخارجية مع أعضاء السفارة في أستانة\nدبي - الشرق',
    },
    {
      wrong: 'وصل الوزير إلى العاصمة أمس.\n\nوعقد اجتماعا مطولا.\n\nوصل الوزير إلى العاصمة أمس.',
      right: 'وصل الوزير إلى العاصمة أمس.\n\nوعقد اجتماعا مطولا.\n\n',
    },
  ],
  accepts: ['اقرأ أيضاً:\nنص الخبر الأول هنا\nاقرأ أيضاً:', 'الفقرة الأولى من الخبر هنا\nالفقرة الثانية من الخبر هنا'],
  check(document) {
    const findings: Finding[] = [];
    const seen = new Map<string, LineSpan>();
    let previous: LineSpan | undefined;
    const keys = lineKeysOf(document);
    for (const line of document.lines) {
      const key = keys[line.index] as string;
      if (key === '') continue;
      const twin = seen.get(key);
      if (twin !== undefined && countWords(key) >= MIN_WORDS) {
        // The line and its line break: deleting the span removes exactly one line.
        findings.push({ start: line.start, end: lineBreakEnd(document.text, line.end), suggestions: [''], safe: twin === previous });
      } else if (twin === undefined) seen.set(key, line);
      previous = line;
    }
    return findings;
  },
});
