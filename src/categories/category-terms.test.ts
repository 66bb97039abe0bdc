import { describe, expect, it } from 'vitest';
import { categoryTerms } from './category-terms.ts';

describe('categoryTerms', () => {
  it.each([
    ['the article and و are read off', 'والحكومة الحكومة حكومة', ['حكومه', 'حكومه', 'حكومه']],
    ['hamza forms and teh marbuta fold', 'أسعار إسعار النفط', ['اسعار', 'اسعار', 'نفط']],
    ['harakat and tatweel vanish', 'الرِّياضـة', ['رياضه']],
    ['one-letter words and numbers are left out', 'و 2023 في ٢٠٢٣ عام', ['في', 'عام']],
    ['Latin words are lowercased', 'شركة Apple تطلق iPhone', ['شركه', 'apple', 'تطلق', 'iphone']],
    ['the article stays when one letter would remain', 'ألف', ['الف']],
    ['punctuation separates words', 'قال:"الاقتصاد"،والتضخم', ['قال', 'اقتصاد', 'تضخم']],
  ])('%s', (_, text, terms) => {
    expect(categoryTerms(text)).toEqual(terms);
  });
});
