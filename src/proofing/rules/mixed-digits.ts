/** Numbers in two digit systems in one article (`2023` and `٢٠٢٣`): the minority is written like the majority. */
import type { Finding } from '../rule.ts';
import { digitSystemOf, isLatinLetter, type DigitSystem } from '../text/arabic-chars.ts';
import type { WordSpan } from '../text/word-spans.ts';
import { defineRule } from './define-rule.ts';

const ZERO: Readonly<Record<DigitSystem, number>> = { western: 0x30, 'arabic-indic': 0x0660, persian: 0x06f0 };

function convert(number: string, to: DigitSystem): string {
  let converted = '';
  for (const char of number) {
    const code = char.charCodeAt(0);
    const from = digitSystemOf(code);
    converted += from === undefined ? char : String.fromCharCode(ZERO[to] + code - ZERO[from]);
  }
  return converted;
}

/** Digits inside a Latin name (`COVID-19`, `G20`) follow the Latin text, not the article. */
function isInLatinName(text: string, word: WordSpan): boolean {
  const before = text.charCodeAt(word.start - 1);
  const beforeDash = text[word.start - 1] === '-' ? text.charCodeAt(word.start - 2) : NaN;
  return isLatinLetter(before) || isLatinLetter(beforeDash) || isLatinLetter(text.charCodeAt(word.end));
}

export const mixedDigitsRule = defineRule({
  id: 'mixed-digits',
  severity: 'warning',
  message: { ar: 'نظاما أرقام في مقال واحد', en: 'Two digit systems in one article' },
  examples: [
    { wrong: 'في عام 2022 قتل 2500 شخص، وفي ٢٠٢٣ قتل 300', right: 'في عام 2022 قتل 2500 شخص، وفي 2023 قتل 300' },
    { wrong: 'في ٢٠٢٢ و٢٠٢٣ و2024', right: 'في ٢٠٢٢ و٢٠٢٣ و٢٠٢٤' },
  ],
  accepts: ['في عام ٢٠٢٣ انتشر فيروس COVID-19', 'في عام 2023 و2024'],
  check(document) {
    const numbers = document.words.filter((word) => word.kind === 'number' && !isInLatinName(document.text, word));
    const counts = new Map<DigitSystem, number>();
    for (const number of numbers) {
      const system = digitSystemOf(number.text.charCodeAt(0)) as DigitSystem;
      counts.set(system, (counts.get(system) ?? 0) + 1);
    }
    if (counts.size < 2) return [];
    // The majority system wins; on a tie, the one the article uses first.
    const majority = [...counts.entries()].sort((left, right) => right[1] - left[1])[0]?.[0] as DigitSystem;
    const findings: Finding[] = [];
    for (const number of numbers) {
      if (digitSystemOf(number.text.charCodeAt(0)) === majority) continue;
      findings.push({ start: number.start, end: number.end, suggestions: [convert(number.text, majority)], safe: true });
    }
    return findings;
  },
});
