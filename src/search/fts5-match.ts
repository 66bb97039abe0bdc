/**
 * Turns a parsed query into FTS5 MATCH expressions. Only analyzer output reaches FTS5, and every
 * term goes inside double quotes, so no reader input is ever read as FTS5 syntax.
 */
import type { ParsedQuery, QueryWord } from './parse-search-query.ts';

export const STEM_COLUMNS = '{title body}';
export const PLAIN_COLUMNS = '{title_plain body_plain}';

/** One query word (or required phrase): how an article matches it. */
export interface WordMatch {
  /** The stem or the exact word, with the required phrases and exclusions applied. */
  primary: string;
  /** The word only with a preposition attached (`بكازاخستان`): it counts as matched, at a lower score. */
  variants?: string;
}

export interface MatchPlan {
  /** Articles are ranked first by how many of these they match. */
  words: WordMatch[];
  /** Two query words side by side in the article, as in the query: extra score, never a match on their own. */
  pairs: string[];
}

/** An FTS5 string: inside double quotes, a double quote is written twice. */
function quote(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

function wordExpression(word: QueryWord): string {
  return `(${STEM_COLUMNS} : ${quote(word.term)} OR ${PLAIN_COLUMNS} : ${quote(word.plain)})`;
}

function variantsExpression(word: QueryWord): string | undefined {
  const others = word.variants.filter((variant) => variant !== word.term);
  return others.length === 0 ? undefined : `${STEM_COLUMNS} : (${others.map(quote).join(' OR ')})`;
}

function anyFormExpression(word: QueryWord): string {
  return `(${STEM_COLUMNS} : (${word.variants.map(quote).join(' OR ')}) OR ${PLAIN_COLUMNS} : ${quote(word.plain)})`;
}

function phraseExpression(terms: string[]): string {
  return `${STEM_COLUMNS} : ${quote(terms.join(' '))}`;
}

/**
 * One match per loose word (or, with none, per phrase), each carrying the required phrases and
 * the exclusions, so an article missing one word ranks lower instead of disappearing.
 */
export function buildMatchPlan(query: ParsedQuery): MatchPlan {
  const phrases = query.phrases.map(phraseExpression);
  const exclusions = [...query.excluded.words.map(anyFormExpression), ...query.excluded.phrases.map(phraseExpression)];
  const required = query.words.length > 0 ? phrases : [];
  const complete = (expression: string) => {
    const positive = [expression, ...required].join(' AND ');
    return exclusions.length > 0 ? `(${positive}) NOT (${exclusions.join(' OR ')})` : positive;
  };
  if (query.words.length === 0) return { words: phrases.map((phrase) => ({ primary: complete(phrase) })), pairs: [] };

  const words = query.words.map((word): WordMatch => {
    const variants = variantsExpression(word);
    const primary = complete(wordExpression(word));
    return variants === undefined ? { primary } : { primary, variants: complete(variants) };
  });
  const pairs = query.words.slice(1).map((word, index) => phraseExpression([(query.words[index] as QueryWord).term, word.term]));
  return { words, pairs };
}
