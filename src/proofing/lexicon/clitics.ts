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
