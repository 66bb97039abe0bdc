/** «الأكثر قراءة»: the published articles read most over the last seven days (today included). */
import type { Queryable } from '../articles/article.repository.ts';
import { getPublishedArticlesInOrder } from '../articles/article.service.ts';
import type { Article } from '../articles/article.ts';
import { listMostViewedArticles } from './article-views.repository.ts';
import { utcDay } from './view-counter.ts';

export const MOST_READ_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

export function mostReadFromDay(now: Date): string {
  return utcDay(new Date(now.getTime() - (MOST_READ_DAYS - 1) * DAY_MS));
}

export async function getMostReadArticles(db: Queryable, now: Date, limit = 5): Promise<Article[]> {
  const totals = await listMostViewedArticles(db, mostReadFromDay(now), limit);
  return getPublishedArticlesInOrder(
    db,
    totals.map((total) => total.articleId),
  );
}
