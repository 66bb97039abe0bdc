/** URL slugs from headlines in any script: `بلينكن-يصل-كازاخستان`; the caller percent-encodes. */
import { toAsciiDigits } from './digits.ts';
import { stripDiacritics } from './normalize.ts';

const MAX_LENGTH = 80;
const FALLBACK = 'article';
/** Letters, digits and combining marks (Indic vowel signs belong to their word); everything else separates words. */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
/** Apostrophes join rather than split: `Blinken's` gives `blinkens`, not `blinken-s`. */
const APOSTROPHES = /['’ʼ]/g;

export function slugify(title: string): string {
  // Hamza forms stay as written: a slug is read by people, and folding أ/إ to ا would misspell it.
  const text = toAsciiDigits(stripDiacritics(title.normalize('NFKC'))).replace(APOSTROPHES, '').toLowerCase();
  const words = text.match(WORD) ?? [];
  let slug = '';
  for (const word of words) {
    const next = slug === '' ? word : `${slug}-${word}`;
    if (next.length > MAX_LENGTH) break;
    slug = next;
  }
  // A single word longer than the limit is cut by code point, so no surrogate pair is split.
  if (slug === '' && words[0] !== undefined) slug = Array.from(words[0]).slice(0, MAX_LENGTH).join('');
  return slug === '' ? FALLBACK : slug;
}
