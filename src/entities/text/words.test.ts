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
