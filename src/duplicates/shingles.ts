/**
 * The word shingles of a text, hashed: the sets whose Jaccard similarity says how much two texts
 * share (Broder, "On the resemblance and containment of documents", 1997).
 *
 * `shingleWords` is the reference: `normalizeArabic`, lowercase, runs of letters and digits. It makes a
 * pass over the text per step, which costs more than the rest of duplicate detection together, so
 * `shingleHashes` reads the text once through a table of what each character becomes (derived from the
 * reference itself, so the two cannot drift) and hashes the words as it goes. Texts holding a character
 * the table cannot decide alone (presentation forms, combining hamza, other scripts) take the reference.
 */
import { normalizeArabic } from '../arabic/normalize.ts';

const WORD = /[\p{L}\p{N}]+/gu;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a, 32 bits: fast, and collisions only blur a similarity estimate by a hair. */
export function hashString(text: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, FNV_PRIME);
  }
  return hash >>> 0;
}

/** Normalized words: letter variants, diacritics, digits and punctuation no longer tell two copies apart. */
export function shingleWords(text: string): string[] {
  return Array.from(normalizeArabic(text).toLowerCase().matchAll(WORD), (match) => match[0]);
}

// What a character does inside `shingleWords`: ends a word, vanishes (harakat, tatweel, invisible marks),
// becomes a word character (stored as its folded code + CHAR), or needs the reference (FALLBACK).
const SEPARATOR = 0;
const SKIP = 1;
const FALLBACK = 2;
const CHAR = 3;
/** ASCII, Arabic, and General Punctuation (quotes, dashes, spaces, bidi marks); anything else falls back. */
const RANGES: [number, number][] = [
  [0x0000, 0x06ff],
  [0x2000, 0x206f],
  [0xfeff, 0xfeff],
];
/** Combining maddah and hamza compose with the letter before them under NFKC (و + ٔ = ؤ). */
const COMPOSING = new Set([0x0653, 0x0654, 0x0655]);

function classify(code: number): number {
  if (COMPOSING.has(code) || (code >= 0xd800 && code <= 0xdfff)) return FALLBACK;
  const character = String.fromCharCode(code);
  // Between two letters of each script, so that a mark that composes or a space that collapses shows.
  const latin = normalizeArabic(`a${character}a`).toLowerCase();
  const arabic = normalizeArabic(`ب${character}ب`).toLowerCase();
  if (latin === 'aa' && arabic === 'بب') return SKIP;
  if (latin.length !== 3 || arabic.length !== 3 || latin[1] !== arabic[1]) return FALLBACK;
  const folded = latin.charCodeAt(1);
  return /[\p{L}\p{N}]/u.test(latin[1] as string) ? CHAR + folded : SEPARATOR;
}

let table: Map<number, number> | null = null;
function characterTable(): Map<number, number> {
  if (table === null) {
    table = new Map();
    for (const [from, to] of RANGES) for (let code = from; code <= to; code += 1) table.set(code, classify(code));
  }
  return table;
}
let asciiAndArabic: Int32Array | null = null;
/** The table as a flat array for U+0000–U+06FF, where nearly every character of Arabic news falls. */
function flatTable(): Int32Array {
  if (asciiAndArabic === null) {
    const lookup = characterTable();
    asciiAndArabic = Int32Array.from({ length: 0x0700 }, (_, code) => lookup.get(code) as number);
  }
  return asciiAndArabic;
}

/** The FNV-1a hashes of `shingleWords(text)`, in one pass; null when the text needs the reference. */
function fastWordHashes(text: string): number[] | null {
  const flat = flatTable();
  const lookup = characterTable();
  const hashes: number[] = [];
  let hash = FNV_OFFSET;
  let inWord = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    const kind = code < 0x0700 ? (flat[code] as number) : (lookup.get(code) ?? FALLBACK);
    if (kind >= CHAR) {
      hash = Math.imul(hash ^ (kind - CHAR), FNV_PRIME);
      inWord = true;
    } else if (kind === SEPARATOR) {
      if (inWord) hashes.push(hash >>> 0);
      hash = FNV_OFFSET;
      inWord = false;
    } else if (kind === FALLBACK) {
      return null;
    }
  }
  if (inWord) hashes.push(hash >>> 0);
  return hashes;
}

/** The hashes of the normalized words of `text`, as `shingleWords(text).map(hashString)`. */
export function wordHashes(text: string): number[] {
  return fastWordHashes(text) ?? shingleWords(text).map(hashString);
}

/** Combines word hashes into a shingle hash (order matters: `a b` and `b a` differ). */
function combine(hash: number, wordHash: number): number {
  return Math.imul(hash ^ wordHash, FNV_PRIME) >>> 0;
}

/** The distinct hashes of every run of `size` consecutive words; a text shorter than that is one shingle. */
export function shingleHashes(text: string, size: number): Uint32Array {
  const words = wordHashes(text);
  if (words.length === 0) return new Uint32Array(0);
  const hashes = new Set<number>();
  const last = Math.max(0, words.length - size);
  for (let start = 0; start <= last; start += 1) {
    let hash = FNV_OFFSET;
    for (let i = start; i < Math.min(start + size, words.length); i += 1) hash = combine(hash, words[i] as number);
    hashes.add(hash);
  }
  return Uint32Array.from(hashes);
}

/** Exact Jaccard similarity of two hash sets, for tests and checks. */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 && b.length === 0) return 0;
  const inA = new Set(a);
  let shared = 0;
  for (const hash of new Set(b)) if (inA.has(hash)) shared += 1;
  return shared / (inA.size + new Set(b).size - shared);
}
