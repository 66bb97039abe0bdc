/**
 * Turns a parsed query into FTS5 MATCH expressions. Only analyzer output reaches FTS5, and every
 * term goes inside double quotes, so no reader input is ever read as FTS5 syntax.
 */
import type { ParsedQuery, QueryWord } from './parse-search-query.ts';

export const STEM_COLUMNS = '{title body}';
export const PLAIN_COLUMNS = '{title_plain body_plain}';

export interface MatchPlan {
  /** One expression per query word (or required phrase); articles rank first by how many they match. */
  words: string[];
  /** Every word at once: an article matching this matches them all. */
  all: string;
  /** For each word, every other word at once (with three words or more): the articles one word short of all. */
  allExcept: string[];
  /** Any word: the articles counted in the total (not for bm25: see wordMatchExpression). */
  any: string;
  /** The same articles as `words`, for membership only (not for bm25). */
  wordMatches: string[];
  /** The stems of each two query words side by side, as typed: extra score for long queries when an article has them side by side too. */
  pairs: [string[], string[]][];
  /** For each of `pairs`, the phrases of its stems in the stem columns: the articles where the two words stand side by side. */
  pairPhrases: string[];
  /** The index terms each of `words` looks up (stems and plain form; a phrase's words): how common a word is. */
  terms: string[][];
}

/** An FTS5 string: inside double quotes, a double quote is written twice. */
function quote(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

function anyOf(terms: string[]): string {
  const unique = [...new Set(terms)];
  return unique.length === 1 ? quote(unique[0] as string) : `(${unique.map(quote).join(' OR ')})`;
}

/**
 * A word matches by its stem (`عقوب`), by its plain form (`العقوبات`) or, in the plain columns, by
 * the stem of a word written with a preposition (`بكازاخستان` is indexed there as `كازاخستان`).
 * Scored by bm25, the stems in the stem columns and the plain columns are phrases apart, as tuned.
 */
function wordExpression(word: QueryWord): string {
  return `(${STEM_COLUMNS} : ${anyOf(word.stems)} OR ${PLAIN_COLUMNS} : ${anyOf([word.plain, ...word.stems])})`;
}

/**
 * The same articles as `wordExpression`, for counting and membership only: the stems in any column,
 * so FTS5 reads each posting list once and checks no column (about half the cost of a common word).
 */
function wordMatchExpression(word: QueryWord): string {
  const stems = anyOf(word.stems);
  return word.stems.includes(word.plain) ? stems : `(${stems} OR ${PLAIN_COLUMNS} : ${quote(word.plain)})`;
}

function phraseExpression(terms: string[]): string {
  return `${STEM_COLUMNS} : ${quote(terms.join(' '))}`;
}

/**
 * One expression per loose word (or, with none, per phrase), each carrying the required phrases and
 * the exclusions, so an article missing one word ranks lower instead of disappearing.
 */
export function buildMatchPlan(query: ParsedQuery): MatchPlan {
  const phrases = query.phrases.map(phraseExpression);
  const required = query.words.length > 0 ? phrases : [];
  const completer = (toExpression: (word: QueryWord) => string) => {
    const exclusions = [...query.excluded.words.map(toExpression), ...query.excluded.phrases.map(phraseExpression)];
    return (expression: string) => {
      const positive = [expression, ...required].join(' AND ');
      return exclusions.length > 0 ? `(${positive}) NOT (${exclusions.join(' OR ')})` : positive;
    };
  };
  const complete = completer(wordExpression);
  const completeMatch = completer(wordMatchExpression);
  const groups = query.words.length > 0 ? query.words.map(wordExpression) : phrases;
  const matchGroups = query.words.length > 0 ? query.words.map(wordMatchExpression) : phrases;
  const pairs = query.words.slice(1).map((word, index): [string[], string[]] => [(query.words[index] as QueryWord).stems, word.stems]);
  const pairPhrases = pairs.map(([first, second]) => `${STEM_COLUMNS} : (${first.flatMap((a) => second.map((b) => quote(`${a} ${b}`))).join(' OR ')})`);
  const terms = query.words.length > 0 ? query.words.map((word) => [...new Set([...word.stems, word.plain])]) : query.phrases;
  return {
    terms,
    words: groups.map(complete),
    wordMatches: matchGroups.map(completeMatch),
    all: complete(groups.join(' AND ')),
    allExcept: groups.length < 3 ? [] : groups.map((_group, left) => complete(groups.filter((_other, index) => index !== left).join(' AND '))),
    any: completeMatch(matchGroups.length === 1 ? (matchGroups[0] as string) : `(${matchGroups.join(' OR ')})`),
    pairs,
    pairPhrases,
  };
}
