/**
 * Light stemming for Arabic search: strips the conjunction, the definite article and common suffixes,
 * so that the inflected forms of a word meet on one stem (`العقوبات`, `عقوبات`, `عقوبة` → `عقوب`).
 *
 * Follows Light10 of Larkey, Ballesteros and Connell, "Light Stemming for Arabic Information
 * Retrieval", in Soudi, van den Bosch and Neumann (eds.), Arabic Computational Morphology, Springer
 * 2007, pp. 221–243 (first reported at SIGIR 2002). On normalized text, Light10:
 *   1. removes a leading و when at least 3 letters remain;
 *   2. removes one definite article (ال وال بال كال فال لل) when at least 2 letters remain;
 *   3. goes once through the suffixes ها ان ات ون ين يه ية ه ة ي, in that order, removing each one
 *      found at the end when at least 2 letters remain.
 * Sahifa's changes, each pinned by a test in light-stem.test.ts:
 *   - `ان` is kept after `ست`: the `-stan` of country names is no dual (`كازاخستان`, `باكستان`);
 *   - suffixes leave at least three letters, not two (`سكان` is no `سك` + `ان`), which measured
 *     slightly better on bench/search-quality.ts;
 *   - teh marbuta is folded to ه after stemming, not before (issue 3), so a short word that keeps
 *     it still meets its misspelling: `قوة` and `قوه` both give `قوه`;
 *   - the single-letter prepositions ب ك ل ف, which Light10 leaves alone because stripping them cuts
 *     names (`بلينكن`, `بريطانيا`), are never stripped from the stem; instead `withoutProclitic()`
 *     gives the reading without them, which the index stores beside the stem at a low weight, so
 *     that `كازاخستان` also finds `بكازاخستان` while `بلينكن` stays whole.
 */

const WAW = 'و';
/** Longest first, so that `وال` is not read as `و` + `ال`. */
const DEFINITE_ARTICLES = ['وال', 'بال', 'كال', 'فال', 'لل', 'ال'] as const;
const SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ية', 'ه', 'ة', 'ي'] as const;
/** و ب ك ل ف written onto the next word (`بكازاخستان`, `لروسيا`), without the article. */
const PROCLITICS = ['و', 'ب', 'ل', 'ك', 'ف'];

const MIN_AFTER_WAW = 3;
const MIN_AFTER_ARTICLE = 2;
const LIGHT10_MIN_AFTER_SUFFIX = 2;
/** Sahifa keeps three letters, the length of a root: `سكان` is no `سك` + `ان`, nor `قوة` a `قو` + `ة`. */
const MIN_AFTER_SUFFIX = 3;
/** A proclitic is read off a stem only when this much is left: `بكازاخستان`, but neither `بنك` as `ب` + `نك` nor `بكين` as `ب` + `كين`. */
const MIN_AFTER_PROCLITIC = 4;

function stripPrefixes(word: string): string {
  let stem = word;
  if (stem.startsWith(WAW) && stem.length - 1 >= MIN_AFTER_WAW) stem = stem.slice(1);
  for (const article of DEFINITE_ARTICLES) {
    if (stem.startsWith(article) && stem.length - article.length >= MIN_AFTER_ARTICLE) return stem.slice(article.length);
  }
  return stem;
}

function stripSuffixes(word: string, minimum: number, keep: (stem: string, suffix: string) => boolean): string {
  let stem = word;
  for (const suffix of SUFFIXES) {
    if (stem.endsWith(suffix) && stem.length - suffix.length >= minimum && !keep(stem, suffix)) {
      stem = stem.slice(0, -suffix.length);
    }
  }
  return stem;
}

/** Light10 exactly as published, for reference and comparison; expects text normalized as the paper does (final ة already ه). */
export function light10(word: string): string {
  return stripSuffixes(stripPrefixes(word), LIGHT10_MIN_AFTER_SUFFIX, () => false);
}

const isStanEnding = (stem: string, suffix: string) => suffix === 'ان' && stem.endsWith('ستان');

/** Folds teh marbuta to heh: done after stemming, where it no longer decides what is a suffix. */
export function foldTehMarbuta(word: string): string {
  return word.replaceAll('ة', 'ه');
}

/** Sahifa's light stemmer; `word` is one word normalized with `normalizeArabic()`. */
export function lightStem(word: string): string {
  return foldTehMarbuta(stripSuffixes(stripPrefixes(word), MIN_AFTER_SUFFIX, isStanEnding));
}

/**
 * The stem read without a leading و ب ك ل ف (`بكازاخستان` → `كازاخستان`, `وزير` of `الوزير` → `زير`
 * as Light10 stems the bare `وزير`), or null when the stem has none or too little would remain. What
 * is left may be another word (`بلينكن` → `لينكن`): the index stores it beside the stem at a low
 * weight, and a query looks for it beside its own stem, so both spellings meet whichever is typed.
 */
export function withoutProclitic(stem: string): string | null {
  const first = stem[0];
  if (first === undefined || !PROCLITICS.includes(first)) return null;
  return stem.length - 1 >= (first === WAW ? MIN_AFTER_WAW : MIN_AFTER_PROCLITIC) ? stem.slice(1) : null;
}
