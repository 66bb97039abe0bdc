/**
 * What the proofing rules know about words: the house word list, the news word list (with how common
 * each word is) and Hunspell. A word any of them vouches for, with or without its proclitics, is known.
 */
import { procliticBases } from './clitics.ts';
import type { Speller } from './hunspell-speller.ts';

export interface WordLexicon {
  /** Known to the house list, the news list or Hunspell (bare spelling: no harakat, no tatweel). */
  isKnown(word: string): boolean;
  /** Known to the house list or the news list, proclitics considered: names and places count. */
  isListed(word: string): boolean;
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
  houseWords: Iterable<string>;
}

const CACHE_LIMIT = 200_000;
const PROCLITIC_DISCOUNT = 0.9;

export function createWordLexicon(sources: WordLexiconSources): WordLexicon {
  const ranks = new Map<string, number>();
  sources.newsWords.forEach((word, rank) => {
    if (!ranks.has(word)) ranks.set(word, rank);
  });
  const house = new Set(sources.houseWords);
  const accepted = new Set(sources.acceptedWords ?? []);
  const total = Math.max(1, sources.newsWords.length);
  const known = new Map<string, boolean>();

  const listedExactly = (form: string) => house.has(form) || ranks.has(form);
  const isListed = (word: string) => listedExactly(word) || procliticBases(word).some(listedExactly);

  return {
    isListed,
    isKnown(word) {
      const cached = known.get(word);
      if (cached !== undefined) return cached;
      if (known.size >= CACHE_LIMIT) known.clear();
      const answer = isListed(word) || accepted.has(word) || sources.speller.spell(word);
      known.set(word, answer);
      return answer;
    },
    spell: (word) => sources.speller.spell(word),
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
