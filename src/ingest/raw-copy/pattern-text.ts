/** Turns the phrase lists of leftover-patterns.ts into normalized keys and regular-expression alternatives. */
import { normalizeArabic } from '../../arabic/normalize.ts';

/** The form every phrase and every line is compared in: normalized Arabic, lower-case Latin. */
export function comparisonKey(text: string): string {
  return normalizeArabic(text).toLowerCase();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** `a|b|c` of normalized phrases, longest first so that `شارك الخبر` wins over `شارك`. */
export function alternation(phrases: readonly string[]): string {
  return [...new Set(phrases.map(comparisonKey))]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
}
