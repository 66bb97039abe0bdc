/**
 * An article's distinctive terms, for "more like this": the analyzer's stems (src/arabic/analyze.ts,
 * the same chain as search) counted in the title and body, weighted by BM25's saturated term
 * frequency times its inverse document frequency (Robertson and Zaragoza, "The Probabilistic
 * Relevance Framework: BM25 and Beyond", 2009), cut to the strongest terms and scaled to unit length,
 * so that the dot product of two vectors is their cosine (Lucene's MoreLikeThis keeps the top terms
 * the same way).
 */
import { createHash } from 'node:crypto';
import { forEachAnalyzedWord } from '../arabic/analyze.ts';

export interface TermCounts {
  /** Occurrences of each stem, title occurrences counted TITLE_WEIGHT times. */
  counts: Map<string, number>;
  /** Analyzed words in all (title included once), for length normalization. */
  length: number;
  /** Hashes of the normalized title and body: equal keys mean the same text. */
  titleKey: string;
  bodyKey: string;
}

/** A term and its weight; a vector is a list of them, strongest first, of unit length. */
export type WeightedTerm = readonly [term: string, weight: number];

export interface VectorOptions {
  /** How many terms an article keeps. */
  maxTerms: number;
  k1: number;
  b: number;
  /** Nominal length of a news article in analyzed words: fixed, so that stored weights never drift with it. */
  averageLength: number;
}

export const DEFAULT_VECTOR_OPTIONS: VectorOptions = { maxTerms: 30, k1: 1.2, b: 0.75, averageLength: 200 };

/** A headline names the story: its words count as much as two mentions in the body. */
const TITLE_WEIGHT = 2;

function hashKey(words: string[]): string {
  return createHash('sha1').update(words.join(' ')).digest('base64url').slice(0, 16);
}

/** Numbers (years, scores, amounts) tie unrelated stories together; only words are topics. */
export function countTerms(title: string, body: string): TermCounts {
  const counts = new Map<string, number>();
  const titleWords: string[] = [];
  const bodyWords: string[] = [];
  let length = 0;
  const visit = (weight: number, words: string[]) => (word: { term: string; plain: string }, _start: number, _end: number, kind: string) => {
    words.push(word.plain);
    length += 1;
    if (kind === 'number') return;
    counts.set(word.term, (counts.get(word.term) ?? 0) + weight);
  };
  forEachAnalyzedWord(title, visit(TITLE_WEIGHT, titleWords));
  forEachAnalyzedWord(body, visit(1, bodyWords));
  return { counts, length, titleKey: hashKey(titleWords), bodyKey: hashKey(bodyWords) };
}

/** BM25's inverse document frequency, never negative. */
export function inverseDocumentFrequency(df: number, documents: number): number {
  return Math.log(1 + (documents - df + 0.5) / (df + 0.5));
}

/**
 * The strongest terms of an article, weighted and of unit length. `df(term)` counts the articles that
 * use the term (this one included); `documents` is how many there are.
 */
export function buildTermVector(
  terms: TermCounts,
  df: (term: string) => number,
  documents: number,
  options: VectorOptions = DEFAULT_VECTOR_OPTIONS,
): WeightedTerm[] {
  const { k1, b, averageLength, maxTerms } = options;
  const norm = k1 * (1 - b + (b * terms.length) / averageLength);
  const weighted: [string, number][] = [];
  for (const [term, count] of terms.counts) {
    const idf = inverseDocumentFrequency(Math.max(1, df(term)), Math.max(1, documents));
    if (idf <= 0) continue;
    weighted.push([term, ((count * (k1 + 1)) / (count + norm)) * idf]);
  }
  // Ties broken by the term, so that the same article always keeps the same terms.
  weighted.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
  const kept = weighted.slice(0, maxTerms);
  const length = Math.sqrt(kept.reduce((sum, [, weight]) => sum + weight * weight, 0));
  if (length === 0) return [];
  return kept.map(([term, weight]) => [term, Math.round((weight / length) * 1e6) / 1e6] as const);
}

/** The dot product of two vectors: their cosine, as both have unit length. */
export function cosine(a: readonly WeightedTerm[], b: readonly WeightedTerm[]): number {
  const weights = new Map(b);
  let sum = 0;
  for (const [term, weight] of a) sum += weight * (weights.get(term) ?? 0);
  return sum;
}
