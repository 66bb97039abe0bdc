/** Latin comma, semicolon and question mark in Arabic text, where Arabic has its own: ، ؛ ؟ */
import type { Finding } from '../rule.ts';
import { isDigit } from '../text/arabic-chars.ts';
import { ARABIC_FOR_LATIN, isArabicAt, nextLetter, previousLetter } from '../text/punctuation.ts';
import { defineRule } from './define-rule.ts';

const LATIN_MARK = /[,;?]/g;

export const latinPunctuationRule = defineRule({
  id: 'latin-punctuation',
  severity: 'warning',
  message: { ar: 'علامة ترقيم لاتينية في نص عربي: استخدم ، ؛ ؟', en: 'Latin punctuation in Arabic text: use ، ؛ ؟' },
  examples: [
    { wrong: 'وصل الوزير, الثلاثاء, إلى أستانة', right: 'وصل الوزير، الثلاثاء، إلى أستانة' },
    { wrong: 'ما الذي حدث?', right: 'ما الذي حدث؟' },
    { wrong: 'وافق المجلس; ورفض الوزير', right: 'وافق المجلس؛ ورفض الوزير' },
    { wrong: 'في عام 2018, قال الوزير', right: 'في عام 2018، قال الوزير' },
  ],
  accepts: ['بلغت القيمة 2,500 دولار', 'برنامج "The Voice, Kids" الشهير', 'Where, when? قال الوزير'],
  check(document) {
    const findings: Finding[] = [];
    const text = document.text;
    for (const match of text.matchAll(LATIN_MARK)) {
      const index = match.index;
      const replacement = ARABIC_FOR_LATIN[match[0]] as string;
      const before = previousLetter(text, index);
      const after = nextLetter(text, index);
      const arabicBefore = isArabicAt(text, before);
      const arabicAfter = isArabicAt(text, after);
      const digitBefore = before !== -1 && isDigit(text.charCodeAt(before));
      const inArabic = (arabicBefore && (after === -1 || arabicAfter || isDigit(text.charCodeAt(after)))) || (digitBefore && arabicAfter);
      if (inArabic) findings.push({ start: index, end: index + 1, suggestions: [replacement], safe: true });
    }
    return findings;
  },
});
