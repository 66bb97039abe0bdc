/**
 * Search as the site, the API and the CLI use it: hits from the index, joined to the published articles
 * as teasers (no body read: a result shows its snippet, and the lede only when there is none).
 */
import type { Queryable } from '../articles/article.repository.ts';
import { getPublishedTeasersInOrder } from '../articles/article.service.ts';
import type { ArticleTeaser } from '../articles/article.ts';
import type { SearchIndex, SearchQuery } from './search-index.ts';
import { sqliteSearchIndex } from './sqlite-search-index.ts';

export interface ArticleSearchHit {
  article: ArticleTeaser;
  score: number;
  /** Safe HTML: escaped original text with `<mark>` around matches. */
  snippet: string;
}

export interface ArticleSearchResult {
  total: number;
  hits: ArticleSearchHit[];
}

export async function searchArticles(db: Queryable, query: SearchQuery, index: SearchIndex = sqliteSearchIndex): Promise<ArticleSearchResult> {
  const result = await index.search(db, query);
  const articles = await getPublishedTeasersInOrder(db, result.hits.map((hit) => hit.id));
  const byId = new Map(articles.map((article) => [article.id, article]));
  const hits = result.hits.flatMap((hit) => {
    const article = byId.get(hit.id);
    return article ? [{ article, score: hit.score, snippet: hit.snippet }] : [];
  });
  return { total: result.total, hits };
}
