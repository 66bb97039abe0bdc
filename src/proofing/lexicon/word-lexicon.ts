/**
 * What the proofing rules know about words: the house word list, the news word list (with how common
 * each word is) and Hunspell. A word any of them vouches for, with or without its proclitics, is known.
 */
import { anyProcliticBase, procliticBases } from './clitics.ts';
import type { Speller } from './hunspell-speller.ts';
import { NearWords } from './near-words.ts';
import type { Edit } from './single-edits.ts';

export interface WordLexicon {
  /** Known to the house list, the news list or Hunspell (bare spelling: no harakat, no tatweel). */
  isKnown(word: string): boolean;
  /** Known to the house list or the news list, proclitics considered (no Hunspell): names and places count. */
  isListed(word: string): boolean;
  /** Listed words at least `MIN_NEAR_COMMONNESS` common and one slip from `typed`. */
  nearWords(typed: string): Edit[];
  /** Accepted by Hunspell itself. */
  spell(word: string): boolean;
  /** How common exactly this form is in published news: 1 for the commonest, 0 when unlisted. */
  listedCommonness(word: string): number;
  /**
   * How common the word is in published news: 1 for the commonest, 0 when unlisted. A form listed only
   * without its proclitics (`والأميركيتين` for `الأميركيتين`) counts a little less than the bare form.
   */
  commonness(word: string): number;
}

export interface WordLexiconSources {
  speller: Speller;
  /** News words, commonest first. */
  newsWords: readonly string[];
  /** Words known without a rank (seen once in news, accepted by Hunspell). */
  acceptedWords?: Iterable<string>;
  /** The news words Hunspell rejects: with this, Hunspell need not be asked about any listed word. */
  notInHunspell?: Iterable<string>;
  houseWords: Iterable<string>;
}

const CACHE_LIMIT = 200_000;
const PROCLITIC_DISCOUNT = 0.9;
/** Correction candidates come from the commonest three quarters of the news list. */
export const MIN_NEAR_COMMONNESS = 0.25;

export function createWordLexicon(sources: WordLexiconSources): WordLexicon {
  const ranks = new Map<string, number>();
  sources.newsWords.forEach((word, rank) => {
    if (!ranks.has(word)) ranks.set(word, rank);
  });
  const house = new Set(sources.houseWords);
  const accepted = new Set(sources.acceptedWords ?? []);
  const notInHunspell = sources.notInHunspell === undefined ? undefined : new Set(sources.notInHunspell);
  /** Hunspell's verdict, from the lists where they hold it (Hunspell is slow on Arabic: ~0.1 ms a word). */
  const spell = (word: string): boolean => {
    if (notInHunspell !== undefined && ranks.has(word)) return !notInHunspell.has(word);
    if (accepted.has(word)) return true;
    return sources.speller.spell(word);
  };
  const total = Math.max(1, sources.newsWords.length);
  const known = new Map<string, boolean>();
  // Built on the first correction (a tenth of a second, a few MB of typed arrays).
  let near: NearWords | undefined;

  const listedExactly = (form: string) => house.has(form) || ranks.has(form) || accepted.has(form);
  const listed = new Map<string, boolean>();
  const isListed = (word: string) => {
    const cached = listed.get(word);
    if (cached !== undefined) return cached;
    if (listed.size >= CACHE_LIMIT) listed.clear();
    const answer = anyProcliticBase(word, listedExactly);
    listed.set(word, answer);
    return answer;
  };

  return {
    isListed,
    isKnown(word) {
      const cached = known.get(word);
      if (cached !== undefined) return cached;
      if (known.size >= CACHE_LIMIT) known.clear();
      const answer = isListed(word) || sources.speller.spell(word);
      known.set(word, answer);
      return answer;
    },
    spell,
    nearWords(typed) {
      near ??= new NearWords(sources.newsWords.slice(0, Math.ceil(sources.newsWords.length * (1 - MIN_NEAR_COMMONNESS))));
      return near.near(typed);
    },
    listedCommonness(word) {
      const rank = ranks.get(word);
      return rank === undefined ? 0 : 1 - rank / total;
    },
    commonness(word) {
      const rank = ranks.get(word);
      if (rank !== undefined) return 1 - rank / total;
      let best = 0;
      for (const form of procliticBases(word)) {
        const formRank = ranks.get(form);
        if (formRank !== undefined) best = Math.max(best, (1 - formRank / total) * PROCLITIC_DISCOUNT);
      }
      return best;
    },
  };
}
