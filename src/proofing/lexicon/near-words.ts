/**
 * Listed words one slip away from a typed word, found through an index of single deletions (the
 * symmetric-delete idea of Wolf Garbe's SymSpell): a handful of lookups per typed word instead of
 * trying every letter at every position. The index keeps only 32-bit hashes of the deletions, in
 * typed arrays (a few MB, built in tens of milliseconds); every candidate is verified as a true
 * single edit, so hash collisions cost a comparison, never a wrong answer.
 */
import type { Edit } from './single-edits.ts';

const TABLE_BITS = 20;
const TABLE_MASK = (1 << TABLE_BITS) - 1;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over the word's UTF-16 code units, leaving out the one at `skip` (-1: none). */
function hashWithout(word: string, skip: number): number {
  let hash = FNV_OFFSET;
  for (let index = 0; index < word.length; index += 1) {
    if (index === skip) continue;
    hash = Math.imul(hash ^ word.charCodeAt(index), FNV_PRIME);
  }
  return hash >>> 0;
}

export class NearWords {
  readonly #listed: ReadonlySet<string>;
  /** Chained hash table: bucket → first entry; entry → next entry and the word it came from. */
  readonly #heads = new Int32Array(TABLE_MASK + 1).fill(-1);
  readonly #next: Int32Array;
  readonly #word: Int32Array;
  readonly #hash: Uint32Array;

  constructor(private readonly words: readonly string[]) {
    this.#listed = new Set(words);
    const entries = words.reduce((sum, word) => sum + word.length, 0);
    this.#next = new Int32Array(entries);
    this.#word = new Int32Array(entries);
    this.#hash = new Uint32Array(entries);
    let entry = 0;
    words.forEach((word, index) => {
      for (let at = 0; at < word.length; at += 1) {
        const hash = hashWithout(word, at);
        const bucket = hash & TABLE_MASK;
        this.#hash[entry] = hash;
        this.#word[entry] = index;
        this.#next[entry] = this.#heads[bucket] as number;
        this.#heads[bucket] = entry;
        entry += 1;
      }
    });
  }

  /** Listed words one deletion, insertion, substitution or swap away from `typed`. */
  near(typed: string): Edit[] {
    const found = new Map<number, Edit>();
    const collect = (hash: number) => {
      for (let entry = this.#heads[hash & TABLE_MASK] as number; entry !== -1; entry = this.#next[entry] as number) {
        if (this.#hash[entry] !== hash) continue;
        const index = this.#word[entry] as number;
        if (found.has(index)) continue;
        const edit = singleEditBetween(typed, this.words[index] as string);
        if (edit !== undefined) found.set(index, edit);
      }
    };
    // Listed words that lose a letter to become the typed word: the typist left a letter out.
    collect(hashWithout(typed, -1));
    for (let at = 0; at < typed.length; at += 1) {
      // The typed word less one letter may be listed itself (an extra letter typed) or share a
      // deletion with a listed word (a letter replaced, or two swapped).
      const deletion = typed.slice(0, at) + typed.slice(at + 1);
      if (this.#listed.has(deletion)) found.set(-1 - at, { word: deletion, kind: 'deletion', letter: typed[at] as string });
      collect(hashWithout(typed, at));
    }
    const unique = new Map<string, Edit>();
    for (const edit of found.values()) if (edit.word !== typed && !unique.has(edit.word)) unique.set(edit.word, edit);
    return [...unique.values()];
  }
}

/** The single edit that turns `typed` into `intended`, named as singleEdits names it, if there is one. */
export function singleEditBetween(typed: string, intended: string): Edit | undefined {
  let at = 0;
  while (at < typed.length && at < intended.length && typed.charCodeAt(at) === intended.charCodeAt(at)) at += 1;
  const sameFrom = (typedFrom: number, intendedFrom: number) => {
    if (typed.length - typedFrom !== intended.length - intendedFrom) return false;
    for (let offset = 0; typedFrom + offset < typed.length; offset += 1) {
      if (typed.charCodeAt(typedFrom + offset) !== intended.charCodeAt(intendedFrom + offset)) return false;
    }
    return true;
  };
  const letter = typed[at];
  if (intended.length === typed.length - 1) return letter !== undefined && sameFrom(at + 1, at) ? { word: intended, kind: 'deletion', letter } : undefined;
  if (intended.length === typed.length + 1) return sameFrom(at, at + 1) ? { word: intended, kind: 'insertion', letter: intended[at] as string } : undefined;
  if (intended.length !== typed.length || letter === undefined) return undefined;
  if (sameFrom(at + 1, at + 1)) return { word: intended, kind: 'substitution', letter, replacement: intended[at] as string };
  const swapped = typed[at + 1] === intended[at] && typed[at] === intended[at + 1] && sameFrom(at + 2, at + 2);
  return swapped ? { word: intended, kind: 'transposition', letter } : undefined;
}
