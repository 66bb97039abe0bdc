import { describe, expect, it } from 'vitest';
import { light10, lightStem, withoutProclitic } from './light-stem.ts';
import { normalizeArabic } from './normalize.ts';

const stem = (word: string) => lightStem(normalizeArabic(word));
/** Light10 expects the paper's normalization, which also turns a final ة into ه. */
const paperStem = (word: string) => light10(normalizeArabic(word).replace(/ة$/, 'ه'));

describe('light10, as published', () => {
  it.each([
    ['conjunction, article and plural suffix', 'والعقوبات', 'عقوب'],
    ['article after a preposition', 'بالمساعدات', 'مساعد'],
    ['لل', 'للولايات', 'ولا'],
    ['feminine ending, normalized to ه', 'عقوبة', 'عقوب'],
    ['و needs three letters after it', 'ولد', 'ولد'],
    ['suffixes need two letters left', 'سكان', 'سك'],
    ['it cuts the -stan of country names', 'كازاخستان', 'كازاخست'],
    ['it leaves single-letter prepositions', 'بكازاخستان', 'بكازاخست'],
  ])('%s: %s → %s', (_name, word, expected) => {
    expect(paperStem(word)).toBe(expected);
  });
});

describe('lightStem', () => {
  it.each([
    ['plural with and without the article', ['العقوبات', 'عقوبات', 'عقوبة', 'والعقوبات', 'بالعقوبات'], 'عقوب'],
    ['plural with and without the article', ['المساعدات', 'مساعدات', 'مساعدة'], 'مساعد'],
    ['nisba adjectives', ['الأميركية', 'الأميركي', 'أميركي'], 'اميرك'],
    ['sound plurals', ['معلمون', 'معلمين', 'المعلمون'], 'معلم'],
  ])('%s meet: %j → %s', (_name, words, expected) => {
    for (const word of words) expect(stem(word)).toBe(expected);
  });

  it.each([
    ['a name', 'بلينكن', 'بلينكن'],
    ['a name ending in -stan', 'كازاخستان', 'كازاخستان'],
    ['another', 'باكستان', 'باكستان'],
    ['a country ending in ya', 'أوكرانيا', 'اوكرانيا'],
    ['a relative adjective of a -stan country', 'الكازاخستانية', 'كازاخستان'],
    ['three letters are kept whole', 'سكان', 'سكان'],
    ['teh marbuta kept on a short word is folded to heh', 'قوة', 'قوه'],
    ['… so the two spellings meet', 'قوه', 'قوه'],
    ['a word too short to strip', 'حرب', 'حرب'],
  ])('keeps %s: %s → %s', (_name, word, expected) => {
    expect(stem(word)).toBe(expected);
  });
});

describe('withoutProclitic', () => {
  it.each([
    ['a preposition on a name', 'بكازاخستان', 'كازاخستان'],
    ['ل on a name', 'لاوكرانيا', 'اوكرانيا'],
    ['the و that Light10 keeps in الوزير', 'وزير', 'زير'],
    ['a name that only looks prefixed (matched at a low weight)', 'بلينكن', 'لينكن'],
  ])('reads %s: %s → %s', (_name, stem, expected) => {
    expect(withoutProclitic(stem)).toBe(expected);
  });

  it.each([
    ['too short after ب', 'بكين'],
    ['too short after ب', 'بنك'],
    ['too short after و', 'ولا'],
    ['no proclitic letter', 'كازاخستان'.slice(1)],
  ])('leaves %s: %s', (_name, stem) => {
    expect(withoutProclitic(stem)).toBeNull();
  });
});
