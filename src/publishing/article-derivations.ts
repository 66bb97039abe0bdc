/**
 * Everything afterArticlesWritten derives from an article's text alone, derived in one go: what a bulk
 * writer computes ahead in its worker threads and hands to `WrittenArticles.read`, so that the writing
 * thread only writes. The steps derive the same values themselves for articles written without them.
 */
import { analyzeText } from '../arabic/analyze.ts';
import type { ArticleAnalysis, ArticleDerivation, PreparedArticle } from '../articles/written-articles.ts';
import { duplicateSignature } from '../duplicates/duplicate-index.ts';
import { relatedTermCounts } from '../related/term-vector.ts';
import { searchFields } from '../search/search-document.ts';

export const ARTICLE_DERIVATIONS: readonly ArticleDerivation<unknown>[] = [duplicateSignature, searchFields, relatedTermCounts];

/** Every derivation of the headline and body (`articleBodyText`), their analysis made once for all. */
export function prepareArticle(title: string, body: string): PreparedArticle {
  let analysis: ArticleAnalysis | undefined;
  const input = { title, body, analysis: () => (analysis ??= { title: analyzeText(title), body: analyzeText(body) }) };
  return { title, body, derived: Object.fromEntries(ARTICLE_DERIVATIONS.map((derivation) => [derivation.name, derivation.derive(input)])) };
}
