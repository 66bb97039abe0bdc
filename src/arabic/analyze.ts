/**
 * The search analyzer: tokenize, normalize, drop stopwords, stem. The same chain runs on articles at
 * index time and on the reader's words at query time, so both meet on the same terms.
 */
import { toAsciiDigits } from './digits.ts';
import { foldTehMarbuta, lightStem, withoutProclitic } from './light-stem.ts';
import { normalizeArabic } from './normalize.ts';
import { isStopword } from './stopwords.ts';
import { forEachToken, type TokenKind } from './tokenize.ts';

export type WordKind = Exclude<TokenKind, 'hashtag'>;

export interface AnalyzedWord {
  /** The stem: what is indexed and matched. */
  term: string;
  /** The normalized word before stemming (ة folded to ه), indexed beside the stem at a lower weight. */
  plain: string;
}

export interface AnalyzedToken extends AnalyzedWord {
  /** Offsets of the word in the original text, for highlighting. */
  start: number;
  end: number;
  kind: WordKind;
}

/** The conjunctions و and ف written onto a function word (`وهو`, `فإن`) leave it a function word. */
const CONJUNCTIONS = ['و', 'ف'];

function isArabicStopword(plain: string): boolean {
  if (isStopword(plain)) return true;
  return plain.length > 2 && CONJUNCTIONS.includes(plain[0] ?? '') && isStopword(plain.slice(1));
}

const ALEF = 0x0627;
const YEH = 0x064a;

/**
 * `normalizeArabic()` for the common case, a word of plain Arabic letters (no marks, presentation
 * forms or Persian letters), where it only folds أ إ آ to ا and ى to ي; null for any other word.
 */
function normalizePlainLetters(word: string): string | null {
  let folded = '';
  let from = 0;
  for (let index = 0; index < word.length; index += 1) {
    const code = word.charCodeAt(index);
    if (code < 0x0621 || code > 0x064a || (code > 0x063a && code < 0x0641)) return null;
    const replacement = code === 0x0622 || code === 0x0623 || code === 0x0625 ? ALEF : code === 0x0649 ? YEH : 0;
    if (replacement !== 0) {
      folded += word.slice(from, index) + String.fromCharCode(replacement);
      from = index + 1;
    }
  }
  return from === 0 ? word : folded + word.slice(from);
}

function analyzeArabic(text: string): AnalyzedWord | null {
  const normalized = normalizePlainLetters(text) ?? normalizeArabic(text);
  // A ligature of a whole formula (ﷺ is «صلى الله عليه وسلم», ﷽ the basmala) normalizes to several
  // words: a formula, never a topic, and a term is one word (stored term lists are space-separated).
  if (/\s/u.test(normalized)) return null;
  const plain = foldTehMarbuta(normalized);
  // A lone letter is a preposition or a fragment (`بـ"أقاليم"`), never a topic.
  if (plain.length < 2 || isArabicStopword(plain)) return null;
  return { term: lightStem(normalized), plain };
}

function analyzeLatin(text: string): AnalyzedWord {
  const plain = text.normalize('NFKD').replace(/\p{M}/gu, '').normalize('NFC').toLowerCase();
  return { term: plain, plain };
}

function analyzeNumber(text: string): AnalyzedWord {
  // Arabic decimal separator to a full stop, thousands separators dropped: `٢٬٥٠٠` and `2,500` are `2500`.
  const plain = toAsciiDigits(text).replaceAll('\u066B', '.').replace(/[,\u066C]/g, '');
  return { term: plain, plain };
}

// Words repeat (a year of news has a few hundred thousand forms), so each form is analyzed once.
const MAX_CACHED_WORDS = 100_000;
const cache = new Map<string, AnalyzedWord | null>();

/** Analyzes one token's text; null when it is a stopword or too short to search. */
export function analyzeWord(text: string, kind: WordKind): AnalyzedWord | null {
  const cached = cache.get(text);
  if (cached !== undefined) return cached;
  const analyzed = kind === 'arabic' ? analyzeArabic(text) : kind === 'number' ? analyzeNumber(text) : analyzeLatin(text);
  if (cache.size >= MAX_CACHED_WORDS) cache.clear();
  cache.set(text, analyzed);
  return analyzed;
}

/**
 * Calls `visit` for every searchable word of `text`, in order, with its offsets in `text`; a hashtag
 * gives the words it joins (`#عاصي_الحلاني`).
 */
export function forEachAnalyzedWord(text: string, visit: (word: AnalyzedWord, start: number, end: number, kind: WordKind) => void): void {
  forEachToken(text, (token, start, kind) => {
    if (kind !== 'hashtag') {
      const word = analyzeWord(token, kind);
      if (word !== null) visit(word, start, start + token.length, kind);
      return;
    }
    // The hashtag's words, offset back into `text`: `_` becomes a space so that it separates them.
    const offset = start + 1;
    forEachAnalyzedWord(token.slice(1).replaceAll('_', ' '), (word, wordStart, wordEnd, wordKind) =>
      visit(word, wordStart + offset, wordEnd + offset, wordKind),
    );
  });
}

/** Every searchable word of `text`, in order, with its offsets (for highlighting). */
export function analyze(text: string): AnalyzedToken[] {
  const tokens: AnalyzedToken[] = [];
  forEachAnalyzedWord(text, (word, start, end, kind) => tokens.push({ term: word.term, plain: word.plain, start, end, kind }));
  return tokens;
}

export interface IndexFields {
  /** The stems, in text order (so that phrases match by position). */
  terms: string;
  /** The plain words, in text order. */
  plains: string;
  /** Stems read without a leading preposition (`withoutProclitic`), for the words that have one. */
  unprefixed: string;
}

/**
 * The searchable words of a text, in order, without offsets: what every consumer of an article's
 * analysis (search index, related-stories term counts) reads, so that a write analyzes each text once.
 * The words are the analyzer's shared (cached) objects: never mutate them.
 */
export interface AnalyzedText {
  words: AnalyzedWord[];
  kinds: WordKind[];
}

export function analyzeText(text: string): AnalyzedText {
  const words: AnalyzedWord[] = [];
  const kinds: WordKind[] = [];
  forEachAnalyzedWord(text, (word, _start, _end, kind) => {
    words.push(word);
    kinds.push(kind);
  });
  return { words, kinds };
}

/** What the index stores for an analyzed text, each list joined by spaces. */
export function indexFieldsOf({ words, kinds }: AnalyzedText): IndexFields {
  const terms: string[] = new Array(words.length);
  const plains: string[] = new Array(words.length);
  const unprefixed: string[] = [];
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index]!;
    terms[index] = word.term;
    plains[index] = word.plain;
    if (kinds[index] !== 'arabic') continue;
    const stripped = withoutProclitic(word.term);
    if (stripped !== null) unprefixed.push(stripped);
  }
  return { terms: terms.join(' '), plains: plains.join(' '), unprefixed: unprefixed.join(' ') };
}

/** What the index stores for `text`, each list joined by spaces. */
export function analyzeForIndex(text: string): IndexFields {
  return indexFieldsOf(analyzeText(text));
}
