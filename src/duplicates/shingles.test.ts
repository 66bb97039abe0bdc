import { describe, expect, it } from 'vitest';
import { hashString, jaccard, shingleHashes, shingleWords } from './shingles.ts';

describe('shingleWords', () => {
  it.each([
    ['punctuation and spaces go', 'قال: "نعم"، ثم  مضى.', ['قال', 'نعم', 'ثم', 'مضي']],
    ['hamza forms, harakat and tatweel fold', 'أعلنَ إعلانـاً', ['اعلن', 'اعلانا']],
    ['Arabic-Indic digits become ASCII', 'عام ٢٠٢٣', ['عام', '2023']],
    ['Latin is lowercased', 'The BBC', ['the', 'bbc']],
  ])('%s', (_, text, words) => {
    expect(shingleWords(text)).toEqual(words);
  });
});

describe('shingleHashes', () => {
  it.each([
    ['three words, size three', 'واحد اثنان ثلاثة', 3, 1],
    ['five words, size three', 'واحد اثنان ثلاثة أربعة خمسة', 3, 3],
    ['a text shorter than a shingle is one shingle', 'واحد اثنان', 3, 1],
    ['repeated runs count once', 'نعم نعم نعم نعم نعم', 2, 1],
    ['no words, no shingles', '... ،،', 3, 0],
  ])('%s', (_, text, size, count) => {
    expect(shingleHashes(text, size).length).toBe(count);
  });

  it('sees spelling variants as the same text and word order as different', () => {
    expect(shingleHashes('أعلن الوزير', 2)).toEqual(shingleHashes('اعلن الوزير', 2));
    expect(shingleHashes('الوزير أعلن', 2)).not.toEqual(shingleHashes('أعلن الوزير', 2));
  });
});

describe('jaccard', () => {
  it.each([
    [[1, 2, 3], [1, 2, 3], 1],
    [[1, 2], [3, 4], 0],
    [[1, 2, 3], [2, 3, 4], 0.5],
    [[], [], 0],
  ])('of %j and %j is %d', (a, b, similarity) => {
    expect(jaccard(Uint32Array.from(a), Uint32Array.from(b))).toBe(similarity);
  });
});

describe('hashString', () => {
  it('is FNV-1a', () => {
    expect(hashString('')).toBe(0x811c9dc5);
    expect(hashString('a')).toBe(0xe40c292c);
  });
});
