/** The API's (and the CLI's) view of a search result. */
import { Type, type Static } from '@sinclair/typebox';
import { articlePath } from '../articles/article-path.ts';
import type { ArticleSearchHit } from '../search/search-articles.ts';

export const SearchResultSchema = Type.Object({
  id: Type.Integer(),
  externalId: Type.Union([Type.String(), Type.Null()]),
  title: Type.String(),
  url: Type.String(),
  publishedAt: Type.String(),
  score: Type.Number(),
  snippet: Type.String(),
});

export const SearchResponseSchema = Type.Object({ total: Type.Integer(), results: Type.Array(SearchResultSchema) });

export type ApiSearchResult = Static<typeof SearchResultSchema>;

export function presentSearchResult(hit: ArticleSearchHit, baseUrl: string): ApiSearchResult {
  return {
    id: hit.article.id,
    externalId: hit.article.externalId,
    title: hit.article.title,
    url: `${baseUrl}${articlePath(hit.article)}`,
    publishedAt: hit.article.publishedAt,
    score: hit.score,
    snippet: hit.snippet,
  };
}
