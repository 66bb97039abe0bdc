/** Two or more spaces between words, which HTML collapses but plain-text channels show. */
import type { Finding } from '../rule.ts';
import { defineRule } from './define-rule.ts';

/** A run of two or more inline spaces with text on both sides on the same line. */
const SPACES_BETWEEN_WORDS = /[^\s]([ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]{2,})(?=[^\s])/g;

export const doubleSpaceRule = defineRule({
  id: 'double-space',
  severity: 'info',
  message: { ar: 'مسافتان أو أكثر بين كلمتين', en: 'Two or more spaces between words' },
  examples: [{ wrong: 'وصل الوزير  إلى   أستانة', right: 'وصل الوزير إلى أستانة' }],
  accepts: ['  سطر يبدأ بمسافتين', 'سطر ينتهي بمسافتين  ', 'وصل الوزير إلى أستانة'],
  check(document) {
    const findings: Finding[] = [];
    for (const match of document.text.matchAll(SPACES_BETWEEN_WORDS)) {
      const start = match.index + 1;
      findings.push({ start, end: start + (match[1] as string).length, suggestions: [' '], safe: true });
    }
    return findings;
  },
});
