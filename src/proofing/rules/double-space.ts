/** Two or more spaces between words, which HTML collapses but plain-text channels show. */
import type { Finding } from '../rule.ts';
import { isInlineSpace } from '../text/arabic-chars.ts';
import { defineRule } from './define-rule.ts';

export const doubleSpaceRule = defineRule({
  id: 'double-space',
  severity: 'info',
  message: { ar: 'مسافتان أو أكثر بين كلمتين', en: 'Two or more spaces between words' },
  examples: [{ wrong: 'وصل الوزير  إلى   أستانة', right: 'وصل الوزير إلى أستانة' }],
  accepts: ['  سطر يبدأ بمسافتين', 'سطر ينتهي بمسافتين  ', 'وصل الوزير إلى أستانة'],
  check(document) {
    const findings: Finding[] = [];
    for (const line of document.lines) {
      const text = line.text;
      let index = 0;
      while (index < text.length && isInlineSpace(text.charCodeAt(index))) index += 1;
      for (; index < text.length; index += 1) {
        if (!isInlineSpace(text.charCodeAt(index))) continue;
        let end = index + 1;
        while (end < text.length && isInlineSpace(text.charCodeAt(end))) end += 1;
        if (end - index >= 2 && end < text.length) findings.push({ start: line.start + index, end: line.start + end, suggestions: [' '], safe: true });
        index = end - 1;
      }
    }
    return findings;
  },
});
