/**
 * Everything afterArticlesWritten derives from an article's text alone, derived in one go: what a bulk
 * writer computes ahead in its worker threads and hands to `WrittenArticles.read`, so that the writing
 * thread only writes. The steps derive the same values themselves for articles written without them.
 */
import { analyzeText } from '../arabic/analyze.ts';
import type { ArticleAnalysis, ArticleDerivation } from '../articles/written-articles.ts';
import { duplicateSignature } from '../duplicates/duplicate-index.ts';
import { relatedTermCounts } from '../related/term-vector.ts';
import { searchFields } from '../search/search-document.ts';

export const ARTICLE_DERIVATIONS: readonly ArticleDerivation<unknown, unknown>[] = [duplicateSignature, searchFields, relatedTermCounts];

/**
 * Every derivation of the headline and body (`articleBodyText`), their analysis made once for all, each
 * value packed to travel to the writing thread: `PreparedArticle.derived`.
 */
export function deriveAhead(title: string, body: string): Record<string, unknown> {
  let analysis: ArticleAnalysis | undefined;
  const input = { title, body, analysis: () => (analysis ??= { title: analyzeText(title), body: analyzeText(body) }) };
  const derived: Record<string, unknown> = {};
  for (const derivation of ARTICLE_DERIVATIONS) {
    const value = derivation.derive(input);
    derived[derivation.name] = derivation.pack ? derivation.pack(value) : value;
  }
  return derived;
}
