import { describe, expect, it } from 'vitest';
import { splitWords } from '../text/words.ts';
import { foldedWords, PhraseIndex, type KnownName } from './phrase-index.ts';

const person = (canonical: string): KnownName => ({ type: 'PER', canonical });

/** What the index finds at each word of the text, as `from-to canonical`. */
function matchesIn(index: PhraseIndex, text: string): string[] {
  const words = splitWords(text);
  const found: string[] = [];
  for (let at = 0; at < words.length; at += 1) {
    const match = index.matchAt(words, at);
    if (match !== null) found.push(`${match.from}-${match.to} ${match.name.canonical}${match.cliticLetters ? ` +${match.cliticLetters}` : ''}`);
  }
  return found;
}

describe('PhraseIndex', () => {
  it('finds the longest phrase, the first added among phrases of one length, and keeps the first entry of a phrase added twice', () => {
    const index = new PhraseIndex();
    index.add('محمد', person('محمد'));
    index.add('محمد علي', person('محمد علي'));
    index.add('محمد حسن', person('محمد حسن'));
    index.add('محمد علي كلاي', person('محمد علي كلاي'));
    // Folds to the same phrase as `محمد علي`: the earlier entry stays.
    index.add('مُحمّد علي', person('another'));
    expect(matchesIn(index, 'قال محمد علي كلاي ثم محمد علي ومحمد حسن ومحمد')).toEqual([
      '1-4 محمد علي كلاي',
      '5-7 محمد علي',
      '7-9 محمد حسن +1',
      '9-10 محمد +1',
    ]);
  });

  it.each([false, true])('answers the same with its phrases kept on the lexicon, after adds between texts, and beside another index sharing the slot (growing: %s)', (growing) => {
    // Texts of their own per case: the lexicon is shared, so the second case's words would otherwise come cached.
    const texts = ['وصل بلينكن إلى أستانا', 'التقى أنتوني بلينكن نظيره', 'قال بلينكن وأنتوني بلينكن'].map((text) => (growing ? `${text} فقط` : text));
    const plain = new PhraseIndex();
    const kept = new PhraseIndex('memoryFirsts', { growing });
    const other = new PhraseIndex('memoryFirsts', { growing });
    other.add('أستانا', { type: 'LOC', canonical: 'أستانا' });
    const both = (phrase: string, name: KnownName) => {
      plain.add(phrase, name);
      kept.add(phrase, name);
    };
    both('بلينكن', person('أنتوني بلينكن'));
    for (const text of texts) expect(matchesIn(kept, text)).toEqual(matchesIn(plain, text));
    expect(matchesIn(other, texts[0]!)).toEqual(['3-4 أستانا']);
    expect(matchesIn(kept, texts[0]!)).toEqual(['1-2 أنتوني بلينكن']);
    // A phrase added once the words were cached on their lexemes is found all the same.
    both('أنتوني بلينكن', person('أنتوني بلينكن'));
    both('أستانا', { type: 'LOC', canonical: 'أستانا' });
    for (const text of texts) expect(matchesIn(kept, text)).toEqual(matchesIn(plain, text));
    expect(matchesIn(kept, texts[2]!)).toEqual(['1-2 أنتوني بلينكن', '2-4 أنتوني بلينكن +1', '3-4 أنتوني بلينكن']);
    expect(matchesIn(other, texts[1]!)).toEqual([]);
    // A first word added after the other index took the words' slot, then this one again.
    expect(matchesIn(other, texts[2]!)).toEqual([]);
    both('وأنتوني', person('someone'));
    for (const text of texts) expect(matchesIn(kept, text)).toEqual(matchesIn(plain, text));
    expect(matchesIn(kept, texts[2]!)).toEqual(['1-2 أنتوني بلينكن', '2-3 someone', '3-4 أنتوني بلينكن']);
  });

  it.each([false, true])('puts and removes phrases by their folded words, also once the words cached them on the lexicon, and groups long lists by the second word (growing: %s)', (growing) => {
    const kept = new PhraseIndex('memoryFirsts', { growing });
    const text = 'قال محمد بن سلمان ومحمد علي ومحمد';
    kept.put(foldedWords('محمد'), person('محمد'));
    kept.put(foldedWords('محمد علي'), person('محمد علي'));
    expect(matchesIn(kept, text)).toEqual(['1-2 محمد', '4-6 محمد علي +1', '6-7 محمد +1']);
    // Past eight phrases of one first word the list is grouped by the second: the same answers.
    for (const rest of ['بن سلمان', 'حسن', 'صلاح', 'رمضان', 'عبده', 'منير', 'فؤاد', 'علي كلاي']) kept.put(foldedWords(`محمد ${rest}`), person(`محمد ${rest}`));
    expect(matchesIn(kept, text)).toEqual(['1-4 محمد بن سلمان', '4-6 محمد علي +1', '6-7 محمد +1']);
    kept.put(foldedWords('محمد علي'), person('another'));
    kept.remove(foldedWords('محمد بن سلمان'));
    kept.remove(foldedWords('محمد'));
    expect(matchesIn(kept, text)).toEqual(['4-6 another +1']);
    expect(kept.hasFirst('محمد')).toBe(true);
    for (const rest of ['علي', 'حسن', 'صلاح', 'رمضان', 'عبده', 'منير', 'فؤاد', 'علي كلاي']) kept.remove(foldedWords(`محمد ${rest}`));
    expect(matchesIn(kept, text)).toEqual([]);
    expect(kept.hasFirst('محمد')).toBe(false);
    expect(kept.size).toBe(0);
  });
});
