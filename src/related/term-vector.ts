/**
 * An article's distinctive terms, for "more like this": the analyzer's stems (src/arabic/analyze.ts,
 * the same chain as search) counted in the title and body, weighted by BM25's saturated term
 * frequency (Robertson and Zaragoza, "The Probabilistic Relevance Framework: BM25 and Beyond",
 * 2009) times a smoothed inverse document frequency, cut to the strongest terms and scaled to unit length,
 * so that the dot product of two vectors is their cosine (Lucene's MoreLikeThis keeps the top terms
 * the same way).
 */
import { createHash } from 'node:crypto';
import { analyzeText, type AnalyzedText } from '../arabic/analyze.ts';
import { withoutProclitic } from '../arabic/light-stem.ts';
import type { ArticleDerivation } from '../articles/written-articles.ts';

export interface TermCounts {
  /** Occurrences of each stem, title occurrences counted TITLE_WEIGHT times. */
  counts: Map<string, number>;
  /** Where each stem first occurs, title first: ties go to the words of the headline and lede, which name the story. */
  firstPositions: Map<string, number>;
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
  return countAnalyzedTerms(analyzeText(title), analyzeText(body));
}

/**
 * `TermCounts` as it travels between threads: the stems in one string, a line each, and their counts and
 * first positions in typed arrays. Two Maps of a hundred stems cost about 0.1 ms to rebuild from a
 * structured clone; these, a tenth of that. Lines, not spaces: a word is never split at a line break,
 * but normalization may put spaces inside one (NFKC spells the ligature ﷺ as four words), and a split at
 * them put the counts of the stems after it out of step (their weights NaN) in imports prepared in workers.
 */
const PACKED_TERM_SEPARATOR = '\n';

export interface PackedTermCounts {
  terms: string;
  counts: Float64Array;
  firstPositions: Float64Array;
  length: number;
  titleKey: string;
  bodyKey: string;
}

export function packTermCounts(terms: TermCounts): PackedTermCounts {
  const counts = new Float64Array(terms.counts.size);
  const firstPositions = new Float64Array(terms.counts.size);
  let index = 0;
  for (const [term, count] of terms.counts) {
    counts[index] = count;
    firstPositions[index] = terms.firstPositions.get(term) ?? Number.NaN;
    index += 1;
  }
  return { terms: [...terms.counts.keys()].join(PACKED_TERM_SEPARATOR), counts, firstPositions, length: terms.length, titleKey: terms.titleKey, bodyKey: terms.bodyKey };
}

/** The counts packed, in their order (`buildTermVector` visits them in it). */
export function unpackTermCounts(packed: PackedTermCounts): TermCounts {
  const counts = new Map<string, number>();
  const firstPositions = new Map<string, number>();
  if (packed.terms !== '') {
    for (const [index, term] of packed.terms.split(PACKED_TERM_SEPARATOR).entries()) {
      counts.set(term, packed.counts[index]!);
      const first = packed.firstPositions[index]!;
      if (!Number.isNaN(first)) firstPositions.set(term, first);
    }
  }
  return { counts, firstPositions, length: packed.length, titleKey: packed.titleKey, bodyKey: packed.bodyKey };
}

/** An article's counted terms: from its text alone, so that a bulk writer may derive them ahead in a worker. */
export const relatedTermCounts: ArticleDerivation<TermCounts, PackedTermCounts> = {
  name: 'related.termCounts',
  derive: ({ analysis }) => countAnalyzedTerms(analysis().title, analysis().body),
  pack: packTermCounts,
  unpack: unpackTermCounts,
};

/** `countTerms` of a title and body the writer has analyzed already (for the search index). */
export function countAnalyzedTerms(title: AnalyzedText, body: AnalyzedText): TermCounts {
  const counts = new Map<string, number>();
  const firstPositions = new Map<string, number>();
  let length = 0;
  const visit = ({ words, kinds }: AnalyzedText, weight: number): string => {
    const plains: string[] = new Array(words.length);
    for (let index = 0; index < words.length; index += 1) {
      const word = words[index]!;
      plains[index] = word.plain;
      length += 1;
      if (kinds[index] === 'number') continue;
      counts.set(word.term, (counts.get(word.term) ?? 0) + weight);
      if (!firstPositions.has(word.term)) firstPositions.set(word.term, length);
    }
    return hashKey(plains);
  };
  const titleKey = visit(title, TITLE_WEIGHT);
  const bodyKey = visit(body, 1);
  return { counts, firstPositions, length, titleKey, bodyKey };
}

/** The terms whose df `buildTermVector` reads: each counted stem, and its reading without a preposition. */
export function termsToLookUp(terms: TermCounts): string[] {
  const wanted: string[] = [];
  for (const term of terms.counts.keys()) {
    wanted.push(term);
    const bare = withoutProclitic(term);
    if (bare !== null) wanted.push(bare);
  }
  return wanted;
}

/**
 * The light stemmer keeps a leading ب ل ك و ف (it cannot tell `بكازاخستان` from `بلينكن`); the
 * corpus can: a stem counts as its bare reading when more articles use that reading on its own
 * (`كازاخستان` is common, `لينكن` is not).
 */
function mergeProclitics(terms: TermCounts, df: (term: string) => number): Map<string, { count: number; first: number }> {
  const merged = new Map<string, { count: number; first: number }>();
  for (const [term, count] of terms.counts) {
    const bare = withoutProclitic(term);
    const key = bare !== null && df(bare) > df(term) ? bare : term;
    const first = terms.firstPositions.get(term) ?? Number.MAX_SAFE_INTEGER;
    const entry = merged.get(key);
    if (entry) {
      entry.count += count;
      entry.first = Math.min(entry.first, first);
    } else merged.set(key, { count, first });
  }
  return merged;
}

/**
 * The smoothed inverse document frequency of Lucene's classic similarity, 1 + ln((N + 1)/(df + 1)):
 * never below 1, so that on a small site a word two stories share still outweighs a word only one
 * uses once (BM25's own idf falls towards 0 as df nears N, and would keep only each story's unique words).
 */
export function inverseDocumentFrequency(df: number, documents: number): number {
  return 1 + Math.log((documents + 1) / (df + 1));
}

/**
 * The entries whose weight reaches the `count`-th strongest (more than `count` on a tie), in their
 * order: what a full sort would keep, found with a native sort of the weights alone, so that only these
 * few are sorted with a comparator (an article has hundreds of terms and keeps 30).
 */
function strongest<T extends readonly [string, number, number]>(weighted: T[], count: number): T[] {
  if (weighted.length <= count) return weighted;
  const weights = new Float64Array(weighted.length);
  for (let index = 0; index < weighted.length; index += 1) {
    weights[index] = weighted[index]![1];
    // No threshold to find among weights that do not compare: the full sort decides.
    if (Number.isNaN(weights[index])) return weighted;
  }
  weights.sort();
  const least = weights[weights.length - count]!;
  return weighted.filter((entry) => entry[1] >= least);
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
  const weighted: [string, number, number][] = [];
  for (const [term, { count, first }] of mergeProclitics(terms, df)) {
    const termDf = Math.max(1, df(term));
    const idf = inverseDocumentFrequency(termDf, Math.max(1, documents));
    // A word no other article uses (yet) links to nothing: it weighs half (Lucene's MoreLikeThis drops
    // such words outright with minDocFreq; kept, it lets a later story on the same name find this one).
    const singular = termDf <= 1 ? 0.5 : 1;
    weighted.push([term, ((count * (k1 + 1)) / (count + norm)) * idf * singular, first]);
  }
  // Many words of a story weigh the same (once each, equally rare): the earlier ones are kept.
  const kept = strongest(weighted, maxTerms).sort((x, y) => y[1] - x[1] || x[2] - y[2]).slice(0, maxTerms);
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
