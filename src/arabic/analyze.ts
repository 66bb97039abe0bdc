/**
 * The search analyzer: tokenize, normalize, drop stopwords, stem. The same chain runs on articles at
 * index time and on the reader's words at query time, so both meet on the same terms.
 */
import { toAsciiDigits } from './digits.ts';
import { foldTehMarbuta, lightStem } from './light-stem.ts';
import { normalizeArabic } from './normalize.ts';
import { isStopword } from './stopwords.ts';
import { tokenize, type TokenKind } from './tokenize.ts';

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
  kind: Exclude<TokenKind, 'hashtag'>;
}

/** The conjunctions و and ف written onto a function word (`وهو`, `فإن`) leave it a function word. */
const CONJUNCTIONS = ['و', 'ف'];

function isArabicStopword(plain: string): boolean {
  if (isStopword(plain)) return true;
  return plain.length > 2 && CONJUNCTIONS.includes(plain[0] ?? '') && isStopword(plain.slice(1));
}

function analyzeArabic(text: string): AnalyzedWord | null {
  const normalized = normalizeArabic(text);
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

// Words repeat (a news corpus has a few hundred thousand forms), so each form is analyzed once.
const MAX_CACHED_WORDS = 200_000;
const cache = new Map<string, AnalyzedWord | null>();

/** Analyzes one token's text; null when it is a stopword or too short to search. */
export function analyzeWord(text: string, kind: Exclude<TokenKind, 'hashtag'>): AnalyzedWord | null {
  const cached = cache.get(text);
  if (cached !== undefined) return cached;
  const analyzed = kind === 'arabic' ? analyzeArabic(text) : kind === 'number' ? analyzeNumber(text) : analyzeLatin(text);
  if (cache.size >= MAX_CACHED_WORDS) cache.clear();
  cache.set(text, analyzed);
  return analyzed;
}

/** Every searchable word of `text`, in order; a hashtag gives the words it joins (`#عاصي_الحلاني`). */
export function analyze(text: string): AnalyzedToken[] {
  const analyzed: AnalyzedToken[] = [];
  for (const token of tokenize(text)) {
    if (token.kind === 'hashtag') {
      const inner = text.slice(token.start + 1, token.end).replaceAll('_', ' ');
      for (const part of analyze(inner)) analyzed.push({ ...part, start: part.start + token.start + 1, end: part.end + token.start + 1 });
      continue;
    }
    const word = analyzeWord(token.text, token.kind);
    if (word !== null) analyzed.push({ ...word, start: token.start, end: token.end, kind: token.kind });
  }
  return analyzed;
}
