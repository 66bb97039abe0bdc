/** Every SQL statement on the daily view counts. */
import { sql } from 'kysely';
import type { Queryable } from '../articles/article.repository.ts';
import { readMeta, writeMeta } from '../db/meta.repository.ts';

/** When a view was last counted: «الأكثر قراءة» may have changed since (the home page's Last-Modified). */
const VIEWS_CHANGED_AT_KEY = 'views_changed_at';

export async function markViewsChanged(db: Queryable, now: Date): Promise<void> {
  await writeMeta(db, VIEWS_CHANGED_AT_KEY, now.toISOString());
}

export async function readViewsChangedAt(db: Queryable): Promise<Date | undefined> {
  const value = await readMeta(db, VIEWS_CHANGED_AT_KEY);
  const date = value === undefined ? undefined : new Date(value);
  return date === undefined || Number.isNaN(date.getTime()) ? undefined : date;
}

/** Adds `views` to the article's count for `day`, creating the row on the day's first view. */
export async function addArticleViews(db: Queryable, articleId: number, day: string, views = 1): Promise<void> {
  await db
    .insertInto('article_views')
    .values({ article_id: articleId, day, views })
    .onConflict((conflict) => conflict.columns(['article_id', 'day']).doUpdateSet({ views: sql`views + excluded.views` }))
    .execute();
}

export interface ArticleViewTotal {
  articleId: number;
  views: number;
}

/** The most viewed published articles from `fromDay` on (inclusive), most viewed first; ties go to the newer article. */
export async function listMostViewedArticles(db: Queryable, fromDay: string, limit: number): Promise<ArticleViewTotal[]> {
  const rows = await db
    .selectFrom('article_views')
    .innerJoin('articles', 'articles.id', 'article_views.article_id')
    .select(['article_views.article_id as articleId', (eb) => eb.fn.sum<number>('article_views.views').as('views')])
    .where('article_views.day', '>=', fromDay)
    .where('articles.status', '=', 'published')
    .groupBy('article_views.article_id')
    .orderBy('views', 'desc')
    .orderBy('articles.published_at', 'desc')
    .limit(limit)
    .execute();
  return rows.map((row) => ({ articleId: row.articleId, views: Number(row.views) }));
}

/** Counts older than `beforeDay` are no longer shown anywhere; dropping them keeps the table small. */
export async function deleteArticleViewsBefore(db: Queryable, beforeDay: string): Promise<number> {
  const result = await db.deleteFrom('article_views').where('day', '<', beforeDay).executeTakeFirst();
  return Number(result.numDeletedRows);
}
