import { describe, expect, it } from 'vitest';
import { splitWords } from './words.ts';

describe('splitWords', () => {
  it.each([
    ['وصل بلينكن، الثلاثاء', ['وصل:word', 'بلينكن:word', '،:mark', 'الثلاثا:word']],
    ['1.25 مليار و2,500 جندي', ['1.25:number', 'مليار:word', 'و:word', '2500:number', 'جندي:word']],
    ['عام ٢٠٢٣.', ['عام:word', '2023:number', '.:mark']],
    ['صحيفة "نيويورك تايمز"', ['صحيفه:word', '":mark', 'نيويورك:word', 'تايمز:word', '":mark']],
    ['مُحَمَّد G20 😀', ['محمد:word', 'g:word', '20:number', '😀:mark']],
  ])('%s', (text, expected) => {
    const words = splitWords(text);
    expect(words.map((word) => `${word.key}:${word.kind}`)).toEqual(expected);
    for (const word of words) expect(text.slice(word.start, word.end)).toBe(word.text);
  });
});

describe('the lexicon behind splitWords', () => {
  it('keeps finding and folding words after it starts afresh (past 250,000 written forms)', () => {
    // Distinct written forms: the Arabic letters written out as numbers in base 28, with a hamza seat to fold.
    const letters = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';
    const formOf = (value: number) => `أ${value.toString(28).replace(/[0-9a-r]/g, (digit) => letters[parseInt(digit, 28)]!)}`;
    const seen = new Map<string, string>();
    for (let start = 0; start < 300_000; start += 10_000) {
      const forms = Array.from({ length: 10_000 }, (_, offset) => formOf(start + offset));
      const text = forms.join(' ');
      const words = splitWords(text);
      expect(words).toHaveLength(forms.length);
      const wrong = words.filter(
        (word, index) => word.text !== forms[index] || word.key !== `ا${word.text.slice(1)}` || word.lexeme?.key !== word.key,
      );
      expect(wrong).toEqual([]);
      seen.set(forms[0]!, words[0]!.key);
    }
    // Forms met before the fresh start are found again, as written.
    for (const [form, key] of seen) {
      const [again] = splitWords(`${form} `);
      expect(again?.text).toBe(form);
      expect(again?.key).toBe(key);
    }
  });
});
