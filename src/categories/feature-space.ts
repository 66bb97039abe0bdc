/**
 * TF-IDF features of an article, with its source as one more feature. Sublinear term frequency
 * (1 + ln tf), smoothed idf ln((1 + n) / (1 + df)) + 1 and L2-normalized text vectors, as in Manning,
 * Raghavan and Schütze, "Introduction to Information Retrieval" (2008), §6.2–6.4.
 */
import type { ClassifierArticle } from './classifier-article.ts';
import { categoryTerms } from './category-terms.ts';
import type { SparseVector } from './sparse-matrix.ts';

export interface FeatureOptions {
  /** A term must appear in this many training articles to be a feature. */
  minDocumentFrequency: number;
  /** Each headline word counts as this many body words. */
  titleWeight: number;
  /** The value of the source feature beside the unit-length text vector; 0 leaves the source out. */
  sourceWeight: number;
}

export const DEFAULT_FEATURE_OPTIONS: Readonly<FeatureOptions> = Object.freeze({ minDocumentFrequency: 2, titleWeight: 2, sourceWeight: 1 });

export interface FeatureSpace {
  options: FeatureOptions;
  terms: string[];
  idf: number[];
  sources: string[];
}

/** Term counts of one article, headline words weighted. */
export function countArticleTerms(article: ClassifierArticle, titleWeight: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (const term of categoryTerms(article.title)) counts.set(term, (counts.get(term) ?? 0) + titleWeight);
  for (const term of categoryTerms(article.body)) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}

export function fitFeatureSpace(
  termCounts: readonly Map<string, number>[],
  sources: readonly (string | null | undefined)[],
  options: FeatureOptions,
): FeatureSpace {
  const documentFrequency = new Map<string, number>();
  for (const counts of termCounts) for (const term of counts.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  const terms = [...documentFrequency.entries()]
    .filter(([, frequency]) => frequency >= options.minDocumentFrequency)
    .map(([term]) => term)
    .sort();
  const total = termCounts.length;
  const idf = terms.map((term) => Math.log((1 + total) / (1 + (documentFrequency.get(term) ?? 0))) + 1);
  const knownSources = options.sourceWeight > 0 ? [...new Set(sources.filter((source): source is string => !!source))].sort() : [];
  return { options: { ...options }, terms, idf, sources: knownSources };
}

export function featureCount(space: FeatureSpace): number {
  return space.terms.length + space.sources.length;
}

export type Vectorizer = (counts: Map<string, number>, source: string | null | undefined) => SparseVector;

/** A function from an article's term counts and source to its feature vector in `space`. */
export function createVectorizer(space: FeatureSpace): Vectorizer {
  const termIndex = new Map(space.terms.map((term, index) => [term, index]));
  const sourceIndex = new Map(space.sources.map((source, index) => [source, space.terms.length + index]));
  // Weights are gathered by feature index in one scratch array, so the entries sort as plain integers.
  const scratch = new Float64Array(featureCount(space));
  return (counts, source) => {
    const found: number[] = [];
    let squares = 0;
    for (const [term, count] of counts) {
      const index = termIndex.get(term);
      if (index === undefined) continue;
      const weight = (1 + Math.log(count)) * (space.idf[index] as number);
      found.push(index);
      scratch[index] = weight;
      squares += weight * weight;
    }
    const norm = Math.sqrt(squares) || 1;
    const sourceFeature = source ? sourceIndex.get(source) : undefined;
    if (sourceFeature !== undefined) {
      found.push(sourceFeature);
      scratch[sourceFeature] = space.options.sourceWeight * norm;
    }
    const indices = Int32Array.from(found).sort();
    const values = new Float64Array(indices.length);
    for (let i = 0; i < indices.length; i += 1) {
      const index = indices[i] as number;
      values[i] = (scratch[index] as number) / norm;
      scratch[index] = 0;
    }
    return { indices, values };
  };
}
