/** The canonical URL path of an article: its id, then its Arabic title as a percent-encoded slug. */
import type { Article } from './article.ts';

export function articlePath(article: Pick<Article, 'id' | 'slug'>): string {
  return `/articles/${article.id}/${encodeURIComponent(article.slug)}`;
}
