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
  /** Any word: the articles counted in the total. */
  any: string;
  /** The stems of each two query words side by side, as typed: extra score for long queries when an article has them side by side too. */
  pairs: [string[], string[]][];
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
 */
function wordExpression(word: QueryWord): string {
  return `(${STEM_COLUMNS} : ${anyOf(word.stems)} OR ${PLAIN_COLUMNS} : ${anyOf([word.plain, ...word.stems])})`;
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
  const exclusions = [...query.excluded.words.map(wordExpression), ...query.excluded.phrases.map(phraseExpression)];
  const required = query.words.length > 0 ? phrases : [];
  const complete = (expression: string) => {
    const positive = [expression, ...required].join(' AND ');
    return exclusions.length > 0 ? `(${positive}) NOT (${exclusions.join(' OR ')})` : positive;
  };
  const groups = query.words.length > 0 ? query.words.map(wordExpression) : phrases;
  const pairs = query.words.slice(1).map((word, index): [string[], string[]] => [(query.words[index] as QueryWord).stems, word.stems]);
  return {
    words: groups.map(complete),
    all: complete(groups.join(' AND ')),
    any: complete(groups.length === 1 ? (groups[0] as string) : `(${groups.join(' OR ')})`),
    pairs,
  };
}
