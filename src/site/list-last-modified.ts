/**
 * The Last-Modified of the pages that list articles (home, sections, sources, tags): when the content
 * last changed, which every article write, removal, tagging or image records (`bumpContentVersion`);
 * for the home page also when a view was last counted, as «الأكثر قراءة» may have moved with it.
 * Article pages take it too (their related stories and tags move with other articles' writes).
 */
import type { Queryable } from '../articles/article.repository.ts';
import { readViewsChangedAt } from '../most-read/article-views.repository.ts';
import { readContentChangedAt } from '../publishing/content-version.ts';

export async function listLastModified(db: Queryable, options: { withMostRead: boolean } = { withMostRead: false }): Promise<Date | undefined> {
  const [content, views] = await Promise.all([readContentChangedAt(db), options.withMostRead ? readViewsChangedAt(db) : undefined]);
  if (content === undefined || views === undefined) return content ?? views;
  return content > views ? content : views;
}
