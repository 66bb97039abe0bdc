import { describe, expect, it } from 'vitest';
import { analyze, analyzeForIndex } from './analyze.ts';

const terms = (text: string) => analyze(text).map((token) => token.term);

describe('analyze', () => {
  it.each([
    ['harakat', 'العُقُوبَاتُ', 'العقوبات'],
    ['tatweel', 'الـعـقـوبـات', 'العقوبات'],
    ['hamza on alef', 'أوكرانيا', 'اوكرانيا'],
    ['alef maksura', 'مصطفى', 'مصطفي'],
    ['presentation forms', 'ﺑﻠﻴﻨﻜﻦ', 'بلينكن'],
    ['Eastern Arabic digits', '٢٠٢٣', '2023'],
  ])('ignores %s', (_name, variant, plain) => {
    expect(terms(variant)).toEqual(terms(plain));
  });

  it('gives each word its stem, its plain form and its offsets in the original text', () => {
    const text = 'فرضت العُقوبات على كازاخستان';
    expect(analyze(text)).toEqual([
      { term: 'فرضت', plain: 'فرضت', start: 0, end: 4, kind: 'arabic' },
      { term: 'عقوب', plain: 'العقوبات', start: 5, end: 14, kind: 'arabic' },
      { term: 'كازاخستان', plain: 'كازاخستان', start: 19, end: 28, kind: 'arabic' },
    ]);
  });

  it('drops stopwords, also with و or ف attached, and lone letters', () => {
    expect(terms('ما هو سبب الحرب وهو فإن بـ"أقاليم"')).toEqual(['سبب', 'حرب', 'اقاليم']);
  });

  it('splits hashtags into their words, with offsets inside the hashtag', () => {
    const text = 'انضمت #عاصي_الحلاني';
    const tokens = analyze(text);
    expect(tokens.map((token) => text.slice(token.start, token.end))).toEqual(['انضمت', 'عاصي', 'الحلاني']);
  });

  it('folds Latin case and accents, and number separators', () => {
    expect(terms('NATO Zinédine 2,500 ١٫٢٥')).toEqual(['nato', 'zinedine', '2500', '1.25']);
  });

  it('drops a ligature of a whole formula (ﷺ, ﷽), which no term may spell as several words', () => {
    expect(terms('قال النبي ﷺ في الحديث ﷽')).toEqual(['نبي', 'حديث']);
  });

  it('keeps a preposition written onto a name in the stem', () => {
    expect(terms('بكازاخستان وبلينكن')).toEqual(['بكازاخستان', 'بلينكن']);
  });
});

describe('analyzeForIndex', () => {
  it('joins stems and plain words by spaces, in text order', () => {
    expect(analyzeForIndex('الولايات المتحدة والعقوبات')).toEqual({ terms: 'ولا متحد عقوب', plains: 'الولايات المتحده والعقوبات', unprefixed: '' });
  });

  it('lists the stems of words with a preposition attached, read without it', () => {
    expect(analyzeForIndex('وصل بلينكن بكازاخستان').unprefixed).toBe('لينكن كازاخستان');
  });
});
