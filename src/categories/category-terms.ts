/** The words a classifier counts in an article: normalized Arabic and Latin words, with the definite article and و read off. */
import { normalizeArabic } from '../arabic/normalize.ts';

// Letters and digits runs after normalization; punctuation, quotes and symbols separate words.
const WORD = /[\p{L}\p{N}]+/gu;
/** و and the definite article carry no topic: `والحكومة` and `الحكومة` and `حكومة` count as one word. */
const PREFIXES = ['وال', 'بال', 'فال', 'كال', 'لل', 'ال'];
const MIN_STEM = 2;

function stripPrefix(word: string): string {
  for (const prefix of PREFIXES) {
    if (word.startsWith(prefix) && word.length - prefix.length >= MIN_STEM) return word.slice(prefix.length);
  }
  return word;
}

/** The terms of `text` in order; one-letter words and pure numbers are left out (they name no topic). */
export function categoryTerms(text: string): string[] {
  const terms: string[] = [];
  for (const [word] of normalizeArabic(text).toLowerCase().matchAll(WORD)) {
    if (word.length < 2 || /^\d+$/.test(word)) continue;
    terms.push(stripPrefix(word).replaceAll('ة', 'ه'));
  }
  return terms;
}
