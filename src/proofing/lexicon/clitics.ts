/**
 * The forms a word may take without its proclitics (conjunction و/ف, preposition ب/ك/ل, article ال),
 * so that a word list holding `الناتو` also vouches for `وبالناتو` and `للناتو`.
 */

const CONJUNCTIONS = ['', 'و', 'ف'];
const PREPOSITIONS = ['', 'ب', 'ك', 'ل'];
const ARTICLE = 'ال';
const MIN_BASE_LENGTH = 2;

/** The word itself first, then shorter forms; each form once. */
export function procliticBases(word: string): string[] {
  const forms = new Set<string>([word]);
  for (const conjunction of CONJUNCTIONS) {
    if (!word.startsWith(conjunction)) continue;
    for (const preposition of PREPOSITIONS) {
      const prefix = conjunction + preposition;
      if (prefix === '' || !word.startsWith(prefix)) continue;
      const rest = word.slice(prefix.length);
      if (rest.length < MIN_BASE_LENGTH) continue;
      forms.add(rest);
      // ل before the article drops its alef: ل + الناتو = للناتو.
      if (preposition === 'ل' && rest.startsWith('ل')) forms.add(`ا${rest}`);
    }
  }
  for (const form of [...forms]) {
    if (form.startsWith(ARTICLE) && form.length - ARTICLE.length >= MIN_BASE_LENGTH) forms.add(form.slice(ARTICLE.length));
  }
  return [...forms];
}

/** Every proclitic string a word may start with: `و`, `بال`, `ولل`… (and the empty one). */
export const PROCLITIC_PREFIXES: ReadonlySet<string> = new Set(
  CONJUNCTIONS.flatMap((conjunction) => PREPOSITIONS.flatMap((preposition) => [conjunction + preposition, conjunction + preposition + ARTICLE])).map((prefix) =>
    prefix.replace(/^([وف]?)لال$/, '$1لل'),
  ),
);

/** The non-empty proclitic strings, longest first. */
const PREFIXES_LONGEST_FIRST = [...PROCLITIC_PREFIXES].filter((prefix) => prefix !== '').sort((left, right) => right.length - left.length);

/**
 * True when `accept` accepts the word or the word without some proclitic string (with the article
 * restored where the prefix ends in it: `بالناتو` → `الناتو`). The allocation-free twin of
 * `procliticBases(word).some(accept)`, for the hot path.
 */
export function anyProcliticBase(word: string, accept: (form: string) => boolean): boolean {
  if (accept(word)) return true;
  for (const prefix of PREFIXES_LONGEST_FIRST) {
    if (word.length - prefix.length < MIN_BASE_LENGTH || !word.startsWith(prefix)) continue;
    const rest = word.slice(prefix.length);
    if (accept(rest)) return true;
    if ((prefix.endsWith(ARTICLE) || prefix.endsWith('لل')) && accept(ARTICLE + rest)) return true;
  }
  if (word.startsWith(ARTICLE) && word.length - ARTICLE.length >= MIN_BASE_LENGTH && accept(word.slice(ARTICLE.length))) return true;
  return false;
}
