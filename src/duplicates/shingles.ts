/**
 * The word shingles of a text, hashed: the sets whose Jaccard similarity says how much two texts
 * share (Broder, "On the resemblance and containment of documents", 1997).
 */
import { normalizeArabic } from '../arabic/normalize.ts';

const WORD = /[\p{L}\p{N}]+/gu;

/** FNV-1a, 32 bits: fast, and collisions only blur a similarity estimate by a hair. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Normalized words: letter variants, diacritics, digits and punctuation no longer tell two copies apart. */
export function shingleWords(text: string): string[] {
  return Array.from(normalizeArabic(text).toLowerCase().matchAll(WORD), (match) => match[0]);
}

/** Combines word hashes into a shingle hash (order matters: `a b` and `b a` differ). */
function combine(hash: number, wordHash: number): number {
  return Math.imul(hash ^ wordHash, 0x01000193) >>> 0;
}

/** The distinct hashes of every run of `size` consecutive words; a text shorter than that is one shingle. */
export function shingleHashes(text: string, size: number): Uint32Array {
  const wordHashes = shingleWords(text).map(hashString);
  if (wordHashes.length === 0) return new Uint32Array(0);
  const hashes = new Set<number>();
  const last = Math.max(0, wordHashes.length - size);
  for (let start = 0; start <= last; start += 1) {
    let hash = 0x811c9dc5;
    for (let i = start; i < Math.min(start + size, wordHashes.length); i += 1) hash = combine(hash, wordHashes[i] as number);
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
