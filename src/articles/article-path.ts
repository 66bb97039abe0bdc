/** The canonical URL path of an article: its id, then its Arabic title as a percent-encoded slug. */
import type { Article } from './article.ts';

/**
 * Paths already made, by article id, with the slug each was made from. Percent-encoding an Arabic slug
 * costs ~0.7 µs, and a page makes a dozen or more paths (the article, its related stories, a list's
 * teasers) for the same few hundred articles again and again. A changed slug makes a new path.
 */
const made = new Map<number, { slug: string; path: string }>();
/** About 3 MB at most (a slug of 50 letters is a path of ~450 characters). */
const MAX_MADE = 5_000;

export function articlePath(article: Pick<Article, 'id' | 'slug'>): string {
  const known = made.get(article.id);
  if (known !== undefined && known.slug === article.slug) return known.path;
  const path = `/articles/${article.id}/${encodeURIComponent(article.slug)}`;
  if (made.size >= MAX_MADE) made.clear();
  made.set(article.id, { slug: article.slug, path });
  return path;
}
