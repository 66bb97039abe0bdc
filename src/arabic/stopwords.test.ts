import { describe, expect, it } from 'vitest';
import { normalizeArabic } from './normalize.ts';
import { isStopword, listStopwords } from './stopwords.ts';

const folded = (word: string) => normalizeArabic(word).replaceAll('ة', 'ه');

describe('stopwords', () => {
  it.each(['ما', 'من', 'متى', 'أين', 'كم', 'هل', 'كيف', 'لماذا', 'ماذا', 'ماهو', 'ماهي', 'متي'])('question word %s is a stopword', (word) => {
    expect(isStopword(folded(word))).toBe(true);
  });

  it.each(['في', 'على', 'إلى', 'التي', 'الذي', 'هذا', 'أن', 'إن', 'كان', 'لكن', 'منه', 'اللتي'])('function word %s is a stopword', (word) => {
    expect(isStopword(folded(word))).toBe(true);
  });

  it.each(['زيارة', 'مليار', 'مليون', 'اليوم', 'قوة', 'ضد', 'وقف', 'بن', 'مايو', 'أيار', 'إعادة', 'برس', 'للأمم', 'العام'])(
    'news word %s is searchable',
    (word) => {
      expect(isStopword(folded(word))).toBe(false);
    },
  );

  it('holds the list folded as the analyzer folds words: no harakat, no hamza on alef, no teh marbuta', () => {
    const words = listStopwords();
    expect(words.length).toBeGreaterThan(400);
    for (const word of words) expect(word).toBe(folded(word));
  });
});
