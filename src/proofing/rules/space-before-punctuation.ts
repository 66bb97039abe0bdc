/** A space between a word and the punctuation that ends its clause: `قال ، ثم` is written `قال، ثم`. */
import type { Finding } from '../rule.ts';
import { isInlineSpace } from '../text/arabic-chars.ts';
import { CLAUSE_MARKS } from '../text/punctuation.ts';
import { defineRule } from './define-rule.ts';

/** A mark followed by a letter or digit is not ending anything (`.com`, `:30`). */
function endsClause(text: string, index: number): boolean {
  let end = index + 1;
  while (end < text.length && CLAUSE_MARKS.has(text[end] as string)) end += 1;
  const after = text[end];
  return after === undefined || !/[\p{L}\p{N}]/u.test(after);
}

const SPACED_MARK = /[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000][،؛؟,;?.!:]/g;

export const spaceBeforePunctuationRule = defineRule({
  id: 'space-before-punctuation',
  severity: 'warning',
  message: { ar: 'مسافة قبل علامة الترقيم', en: 'Space before punctuation' },
  examples: [
    { wrong: 'وصل الوزير ، الثلاثاء ، إلى أستانة .', right: 'وصل الوزير، الثلاثاء، إلى أستانة.' },
    { wrong: 'ما الذي حدث ؟', right: 'ما الذي حدث؟' },
    { wrong: 'وقال الوزير : إن الاتفاق قريب', right: 'وقال الوزير: إن الاتفاق قريب' },
  ],
  accepts: ['زار الموقع twitter .com', 'انتظر ...', 'الساعة 10 :30', '، بداية السطر'],
  check(document) {
    const findings: Finding[] = [];
    const text = document.text;
    for (const match of text.matchAll(SPACED_MARK)) {
      const index = match.index + match[0].length - 1;
      const mark = text[index] as string;
      // An ellipsis may stand apart; a mark at the start of a line has no word to lean on.
      if (mark === '.' && text[index + 1] === '.') continue;
      let start = index - 1;
      while (start > 0 && isInlineSpace(text.charCodeAt(start - 1))) start -= 1;
      if (start === 0 || text[start - 1] === '\n' || text[start - 1] === '\r') continue;
      if (!endsClause(text, index)) continue;
      findings.push({ start, end: index, suggestions: [''], safe: true });
    }
    return findings;
  },
});
