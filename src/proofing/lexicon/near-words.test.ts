import { describe, expect, it } from 'vitest';
import { NearWords, singleEditBetween } from './near-words.ts';
import { singleEdits } from './single-edits.ts';

describe('singleEditBetween', () => {
  it.each([
    ['الأميركيتيين', 'الأميركيتين', 'deletion'],
    ['برنامح', 'برنامج', 'substitution'],
    ['مدراسهم', 'مدارسهم', 'transposition'],
    ['فنزويل', 'فنزويلا', 'insertion'],
    ['كتاب', 'مكتبة', undefined],
    ['كتاب', 'كتاب', undefined],
  ])('%s → %s is a %s', (typed, intended, kind) => {
    expect(singleEditBetween(typed, intended)?.kind).toBe(kind);
  });
});

describe('NearWords', () => {
  const words = ['الحكومة', 'برنامج', 'مقاتلة', 'مدارسهم', 'فنزويلا', 'الأميركيتين', 'حكومة'];
  const index = new NearWords(words);

  it('finds every listed word one edit away, as the brute-force generator does', () => {
    for (const typed of ['الحكومه', 'برنامح', 'مقةاتلة', 'مدراسهم', 'فنزويل', 'الأميركيتيين', 'حكوم']) {
      const expected = singleEdits(typed)
        .filter((edit) => words.includes(edit.word))
        .map((edit) => edit.word)
        .sort();
      expect(index.near(typed).map((edit) => edit.word).sort()).toEqual(expected);
    }
  });
});
