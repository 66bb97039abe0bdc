/** No space after a clause mark between two Arabic words: `قال،ثم` is written `قال، ثم`. */
import type { Finding } from '../rule.ts';
import { isArabicLetter } from '../text/arabic-chars.ts';
import { defineRule } from './define-rule.ts';

/** Full stops are left out: `أ.ف.ب` and `د.محمد` are abbreviations, not sentence ends. */
const MARK = /[،؛؟,;?!:]/g;

export const missingSpaceAfterPunctuationRule = defineRule({
  id: 'missing-space-after-punctuation',
  severity: 'warning',
  message: { ar: 'لا مسافة بعد علامة الترقيم', en: 'No space after punctuation' },
  examples: [
    { wrong: 'وصل الوزير،الثلاثاء،إلى أستانة', right: 'وصل الوزير، الثلاثاء، إلى أستانة' },
    { wrong: 'وقال:إن الاتفاق قريب', right: 'وقال: إن الاتفاق قريب' },
    { wrong: 'ما الذي حدث؟وأين؟', right: 'ما الذي حدث؟ وأين؟' },
  ],
  accepts: ['وكالة أ.ف.ب', 'الساعة 10:30', 'الموقع twitter.com/SecBlinken', 'قال الطبيب د.محمد'],
  check(document) {
    const findings: Finding[] = [];
    const text = document.text;
    for (const match of text.matchAll(MARK)) {
      const index = match.index;
      if (index === 0 || !isArabicLetter(text.charCodeAt(index - 1)) || !isArabicLetter(text.charCodeAt(index + 1))) continue;
      findings.push({ start: index, end: index + 1, suggestions: [`${text[index]} `], safe: true });
    }
    return findings;
  },
});
