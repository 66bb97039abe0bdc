/**
 * One entry per distinct folded key, shared by every occurrence of the word in every text: what is
 * worked out about a word form once (its clitic stems, the tagger's facts about it, which known
 * phrases may start with it) hangs on the entry, so that each token costs one hash lookup, made when
 * the text is split, instead of one per rule and cache. Entries are found by the word as written
 * (folding only a form met for the first time), so a word already met is neither folded nor copied.
 * Bounded: past LIMIT entries the lexicon starts afresh (words already split keep theirs).
 */
import type { Stem } from './clitics.ts';

export interface Lexeme {
  readonly key: string;
  stems: readonly Stem[] | undefined;
  /** The tagger's facts about this form (tagger/features.ts), and which gazetteer they were computed with. */
  facts: object | undefined;
  factsFor: object | undefined;
  /** The phrases of one long-lived phrase index that may start at this word (gazetteer/phrase-index.ts), by index. */
  firsts: object | undefined;
  firstsFor: object | undefined;
  /** The same for a second index (the person titles). */
  otherFirsts: object | undefined;
  otherFirstsFor: object | undefined;
  /** The country a demonym form names (`الروسي` → روسيا), null for none; filled in by the extractor. */
  demonym: { letters: number; country: string } | null | undefined;
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
    lexeme = { key, stems: undefined, facts: undefined, factsFor: undefined, firsts: undefined, firstsFor: undefined, otherFirsts: undefined, otherFirstsFor: undefined, demonym: undefined };
    byKey.set(key, lexeme);
  }
  return lexeme;
}

/** A written form met before: the string itself (shared by every word so written) and its entry. */
export interface WrittenForm {
  readonly written: string;
  readonly lexeme: Lexeme;
}

/*
 * Written forms in an open-addressing table hashed (FNV-1a) straight from the text's code units: a
 * word already met costs neither a substring, nor folding, nor a Map's hashing of a fresh string, and
 * every word so written shares one string. This lookup runs on every word of every article.
 */
const SLOTS = 1 << 19;
const MASK = SLOTS - 1;
let slots = new Int32Array(SLOTS);
let slotHashes = new Int32Array(SLOTS);
let forms: WrittenForm[] = [];

function resetWritten(): void {
  slots = new Int32Array(SLOTS);
  slotHashes = new Int32Array(SLOTS);
  forms = [];
}

/** The entry for `text.slice(start, end)`; `fold` makes the key the first time the written form is met. */
export function writtenForm(text: string, start: number, end: number, fold: (written: string) => string): WrittenForm {
  let hash = 0x811c9dc5 | 0;
  for (let index = start; index < end; index += 1) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  const length = end - start;
  let slot = hash & MASK;
  for (;;) {
    const entry = slots[slot]!;
    if (entry === 0) break;
    if (slotHashes[slot] === hash) {
      const form = forms[entry - 1]!;
      const written = form.written;
      if (written.length === length) {
        let same = true;
        for (let offset = 0; offset < length && same; offset += 1) same = written.charCodeAt(offset) === text.charCodeAt(start + offset);
        if (same) return form;
      }
    }
    slot = (slot + 1) & MASK;
  }
  const sliced = text.slice(start, end);
  // A flat copy, so that the table never holds a slice of (and so the whole of) the text it came
  // from; V8 copies slices shorter than 13 characters anyway.
  const written = length > 12 ? sliced.split('').join('') : sliced;
  const lexeme = lexemeOf(fold(written));
  if (forms.length >= LIMIT) {
    resetWritten();
    return writtenForm(text, start, end, fold);
  }
  const form = { written, lexeme };
  forms.push(form);
  slots[slot] = forms.length;
  slotHashes[slot] = hash;
  return form;
}
