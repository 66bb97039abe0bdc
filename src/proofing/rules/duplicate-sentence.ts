/** A sentence that repeats an earlier one word for word inside the article's paragraphs. */
import type { Finding } from '../rule.ts';
import { hasWords, lineKeysOf, sameTextKey } from '../text/same-text.ts';
import { defineRule } from './define-rule.ts';

/** Short sentences (`وأضاف:`, a slogan) recur on purpose; six words and more do not. */
const MIN_WORDS = 6;

export const duplicateSentenceRule = defineRule({
  id: 'duplicate-sentence',
  severity: 'warning',
  message: { ar: 'جملة مكررة: الجملة نفسها وردت من قبل', en: 'Duplicated sentence: the same sentence appears earlier' },
  examples: [
    {
      wrong: 'وصل الوزير إلى العاصمة صباح أمس في زيارة رسمية. وعقد اجتماعا مطولا. وصل الوزير إلى العاصمة صباح أمس في زيارة رسمية.',
      right: 'وصل الوزير إلى العاصمة صباح أمس في زيارة رسمية. وعقد اجتماعا مطولا. ',
    },
  ],
  accepts: ['قال الوزير إن الاتفاق قريب جدا من الإنجاز.\nقال الوزير إن الاتفاق قريب جدا من الإنجاز.', 'وأضاف: نعم. وأضاف: نعم.'],
  check(document) {
    const findings: Finding[] = [];
    const lineKeys = lineKeysOf(document);
    /** Each sentence seen, and whether it stood alone on its line. */
    const seen = new Map<string, boolean>();
    const seenLines = new Set<string>();
    let currentLine = -1;
    let lineRepeated = false;
    for (const sentence of document.sentences) {
      const lineKey = lineKeys[sentence.line] as string;
      if (sentence.line !== currentLine) {
        currentLine = sentence.line;
        // Sentences of a line that repeats a whole earlier line are duplicate-line's to report.
        lineRepeated = seenLines.has(lineKey);
        seenLines.add(lineKey);
      }
      if (lineRepeated || !hasWords(sentence.text, MIN_WORDS)) continue;
      const key = sameTextKey(sentence.text);
      const wholeLine = lineKey === key;
      const earlierWholeLine = seen.get(key);
      // Two copies that are each a whole line are a duplicated line, reported by duplicate-line.
      if (earlierWholeLine !== undefined && !(wholeLine && earlierWholeLine)) {
        findings.push({ start: sentence.start, end: sentence.end, suggestions: [''] });
      }
      if (earlierWholeLine === undefined) seen.set(key, wholeLine);
    }
    return findings;
  },
});
