/**
 * One entry per distinct folded key, shared by every occurrence of the word in every text: what is
 * worked out about a word form once (its clitic stems, the tagger's facts about it) hangs on the
 * entry, so that each token costs one hash lookup, made when the text is split, instead of one per
 * rule and cache. Bounded: past LIMIT entries the lexicon starts afresh (words already split keep theirs).
 */
import type { Stem } from './clitics.ts';

export interface Lexeme {
  readonly key: string;
  stems: readonly Stem[] | undefined;
  /** The tagger's facts about this form (tagger/features.ts), and which gazetteer they were computed with. */
  facts: object | undefined;
  factsFor: object | undefined;
}

const LIMIT = 250_000;
let lexicon = new Map<string, Lexeme>();

export function lexemeOf(key: string): Lexeme {
  let lexeme = lexicon.get(key);
  if (lexeme === undefined) {
    if (lexicon.size >= LIMIT) lexicon = new Map();
    lexeme = { key, stems: undefined, facts: undefined, factsFor: undefined };
    lexicon.set(key, lexeme);
  }
  return lexeme;
}
