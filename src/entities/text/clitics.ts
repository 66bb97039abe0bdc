/**
 * Proclitics on a folded word: the conjunctions و and ف, then one of the prepositions ب، ل، ك, then the
 * article; `لل` is ل + ال with the alef dropped (للهند = ل + الهند). Following Buckwalter-style
 * segmentation, but only the prefixes that can stand before a name, and shortest-stem-last so that the
 * word as written is always tried first (بيروت is a name, not ب + يروت).
 */

import type { Lexeme } from './lexicon.ts';

export interface Stem {
  /** The folded word with `letters` leading letters stripped (and the article restored for `لل`). */
  key: string;
  /** How many letters of the folded word were stripped. */
  letters: number;
}

const CONJUNCTIONS = new Set(['و', 'ف']);
const PREPOSITIONS = new Set(['ب', 'ل', 'ك']);
/** Shorter stems than this are never names; keeps و + لي from reading as a name. */
const MIN_STEM = 2;

/** A word's stems, kept on the word: every rule asks for them. */
export function wordStems(word: { key: string; stems?: readonly Stem[]; lexeme?: Lexeme }): readonly Stem[] {
  if (word.stems !== undefined) return word.stems;
  const lexeme = word.lexeme;
  return (word.stems = lexeme === undefined ? computeStems(word.key) : (lexeme.stems ??= computeStems(word.key)));
}

const CACHE_LIMIT = 100_000;
let cache = new Map<string, readonly Stem[]>();

/** The word's stems, the word itself first; memoized, since every rule asks for the same words. */
export function stemsOf(key: string): readonly Stem[] {
  let stems = cache.get(key);
  if (stems === undefined) {
    if (cache.size >= CACHE_LIMIT) cache = new Map();
    stems = computeStems(key);
    cache.set(key, stems);
  }
  return stems;
}

// Every stem ends as the key does (lexicon.ts keyTail relies on it: phrase indexes skip words by their last letters).
function computeStems(key: string): Stem[] {
  const stems: Stem[] = [{ key, letters: 0 }];
  let rest = key;
  let stripped = 0;
  if (CONJUNCTIONS.has(rest[0] ?? '') && rest.length - 1 >= MIN_STEM) {
    rest = rest.slice(1);
    stripped = 1;
    stems.push({ key: rest, letters: stripped });
  }
  if (rest.startsWith('لل') && rest.length - 2 >= MIN_STEM) {
    // The span keeps the ل: there is no written article to start it at.
    stems.push({ key: `ال${rest.slice(2)}`, letters: stripped });
  } else if (PREPOSITIONS.has(rest[0] ?? '') && rest.length - 1 >= MIN_STEM) {
    stems.push({ key: rest.slice(1), letters: stripped + 1 });
  }
  return stems;
}

/** The word without its article, if it has one (`الروسي` → `روسي`), else null. */
export function withoutArticle(key: string): string | null {
  return key.startsWith('ال') && key.length > 3 ? key.slice(2) : null;
}

/**
 * Every written form of a folded word with the proclitics stemsOf strips, mapped to how many letters
 * they take: the inverse of stemsOf, for rules that look words up in a table instead of stemming each.
 */
export function procliticForms(key: string): Map<string, number> {
  const forms = new Map<string, number>([[key, 0]]);
  for (const conjunction of ['', 'و', 'ف']) {
    for (const preposition of ['ب', 'ل', 'ك']) forms.set(conjunction + preposition + key, conjunction.length + 1);
    if (conjunction !== '') forms.set(conjunction + key, 1);
    if (key.startsWith('ال')) forms.set(`${conjunction}لل${key.slice(2)}`, conjunction.length);
  }
  return forms;
}
