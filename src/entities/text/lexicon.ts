/**
 * One entry per distinct folded key, shared by every occurrence of the word in every text: what is
 * worked out about a word form once (its clitic stems, the tagger's facts about it, which known
 * phrases may start with it) hangs on the entry, so that each token costs one hash lookup, made when
 * the text is split, instead of one per rule and cache. Entries are found by the word as written
 * (folding only a form met for the first time), so a word already met is neither folded nor copied.
 * Bounded: past LIMIT entries the lexicon starts afresh (words already split keep theirs).
 */
import type { Stem } from './clitics.ts';
import { detached } from './fold.ts';

export interface Lexeme {
  readonly key: string;
  stems: readonly Stem[] | undefined;
  /** The tagger's facts about this form (tagger/features.ts), and which gazetteer they were computed with. */
  facts: object | undefined;
  factsFor: object | undefined;
  /** Where the tagger's summed weights for the form sit in its row pool, and the pool's generation (tagger/tagger-weights.ts wordRows). */
  rows: number;
  rowsFor: object | undefined;
  /** The phrases of one long-lived phrase index that may start at this word (gazetteer/phrase-index.ts), by index. */
  firsts: object | undefined;
  firstsFor: object | undefined;
  /** The same for a second index (the person titles). */
  otherFirsts: object | undefined;
  otherFirstsFor: object | undefined;
  /** The same for the tagger's learned names (tagger/learned-names.ts). */
  learnedFirsts: object | undefined;
  learnedFirstsFor: object | undefined;
  /** The same for the caller's name memory (names/known-names.ts): valid while that memory's index is the one in use. */
  memoryFirsts: object | undefined;
  memoryFirstsFor: object | undefined;
  /** The country a demonym form names (`الروسي` → روسيا), null for none; filled in by the extractor. */
  demonym: { letters: number; country: string } | null | undefined;
  /** Rules' yes/no facts about the form, two bits each (word-traits.ts). */
  traits: number;
  /** keyTail(key): phrase indexes test it before looking the word's stems up (gazetteer/phrase-index.ts). */
  readonly tail: number;
}

/**
 * A 16-bit digest of a folded key's last two letters (its one letter when it has one). Every clitic-less
 * stem of a word (text/clitics.ts: two letters or more, the word with leading letters stripped, or
 * `ال` put before such a rest) ends as the word does, so a word whose digest differs from a phrase's
 * first word's can start no match of it.
 */
export function keyTail(key: string): number {
  const length = key.length;
  if (length === 0) return 0;
  const last = key.charCodeAt(length - 1);
  return length === 1 ? last & 0xffff : (key.charCodeAt(length - 2) * 31 + last) & 0xffff;
}

const LIMIT = 250_000;
let byKey = new Map<string, Lexeme>();

export function lexemeOf(key: string): Lexeme {
  let lexeme = byKey.get(key);
  if (lexeme === undefined) {
    if (byKey.size >= LIMIT) {
      byKey = new Map();
      resetWritten();
    }
    lexeme = { key, stems: undefined, facts: undefined, factsFor: undefined, rows: -1, rowsFor: undefined, firsts: undefined, firstsFor: undefined, otherFirsts: undefined, otherFirstsFor: undefined, learnedFirsts: undefined, learnedFirstsFor: undefined, memoryFirsts: undefined, memoryFirstsFor: undefined, demonym: undefined, traits: 0, tail: keyTail(key) };
    byKey.set(key, lexeme);
  }
  return lexeme;
}

/*
 * Written forms in an open-addressing table hashed (FNV-1a, computed by the caller as it scans the
 * word) from the text's code units: a word already met costs neither a substring, nor folding, nor a
 * Map's hashing of a fresh string, and every word so written shares one string. This lookup runs on
 * every word of every article, so it touches little memory: each slot holds the hash and the form's
 * number side by side (one cache line per probe), the forms' letters sit in one code-unit array that
 * is compared in place, and the written string and the entry are read only once the form is found.
 */
const SLOTS = 1 << 19;
const MASK = SLOTS - 1;
/** slots[2 * slot] the hash, slots[2 * slot + 1] the form's number + 1 (0: empty). */
let slots = new Int32Array(SLOTS * 2);
let letters = new Uint16Array(1 << 20);
let lettersUsed = 0;
/** Where each form's letters start in `letters`, and one past the last form's end. */
let letterStarts: number[] = [0];
let writtenForms: string[] = [];
let lexemes: Lexeme[] = [];
/** Counts the fresh starts, so that an insertion can tell whether one happened while it folded the word. */
let generation = 0;

function resetWritten(): void {
  slots = new Int32Array(SLOTS * 2);
  letters = new Uint16Array(1 << 20);
  lettersUsed = 0;
  letterStarts = [0];
  writtenForms = [];
  lexemes = [];
  generation += 1;
}

/** The FNV-1a offset basis and one step, for callers that hash a word while scanning it. */
export const FORM_HASH_START = 0x811c9dc5 | 0;
export function formHashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193);
}

/**
 * The number of the written form `text.slice(start, end)`, whose hash (FORM_HASH_START then
 * formHashStep over its code units) is `hash`; `fold` makes the key the first time the form is met.
 * Read it with writtenAt and lexemeAt, before the next call (the table may start afresh).
 */
export function formNumber(text: string, start: number, end: number, hash: number, fold: (written: string) => string): number {
  const length = end - start;
  let slot = hash & MASK;
  for (;;) {
    const entry = slots[2 * slot + 1]!;
    if (entry === 0) break;
    if (slots[2 * slot] === hash) {
      const from = letterStarts[entry - 1]!;
      if (letterStarts[entry]! - from === length) {
        let same = true;
        for (let offset = 0; offset < length && same; offset += 1) same = letters[from + offset] === text.charCodeAt(start + offset);
        if (same) return entry - 1;
      }
    }
    slot = (slot + 1) & MASK;
  }
  if (writtenForms.length >= LIMIT) {
    resetWritten();
    slot = hash & MASK;
  }
  // Detached, so that the table never holds a slice of (and so the whole of) the text it came from.
  const written = detached(text.slice(start, end));
  const before = generation;
  const lexeme = lexemeOf(fold(written));
  // lexemeOf may have started the lexicon, and this table with it, afresh.
  if (generation !== before) slot = hash & MASK;
  if (lettersUsed + length > letters.length) {
    let size = letters.length * 2;
    while (size < lettersUsed + length) size *= 2;
    const grown = new Uint16Array(size);
    grown.set(letters.subarray(0, lettersUsed));
    letters = grown;
  }
  for (let offset = 0; offset < length; offset += 1) letters[lettersUsed + offset] = text.charCodeAt(start + offset);
  lettersUsed += length;
  letterStarts.push(lettersUsed);
  writtenForms.push(written);
  lexemes.push(lexeme);
  slots[2 * slot] = hash;
  slots[2 * slot + 1] = writtenForms.length;
  return writtenForms.length - 1;
}

/** The form as written, shared by every word so written. */
export function writtenAt(form: number): string {
  return writtenForms[form]!;
}

export function lexemeAt(form: number): Lexeme {
  return lexemes[form]!;
}
