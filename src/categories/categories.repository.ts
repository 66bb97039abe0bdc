/** Reads what the classifier trains on: the published articles filed under a category. Read-only. */
import type { Kysely } from 'kysely';
import type { ArticleSection } from '../articles/article.ts';
import type { Database } from '../db/database.ts';
import { sectionsText } from './classifier-article.ts';
import type { LabeledArticle } from './train-category-model.ts';

export async function listCategorizedArticles(db: Kysely<Database>): Promise<LabeledArticle[]> {
  const rows = await db
    .selectFrom('articles')
    .innerJoin('categories', 'categories.id', 'articles.category_id')
    .select(['articles.title', 'articles.sections', 'articles.source', 'categories.slug as category'])
    .where('articles.status', '=', 'published')
    .orderBy('articles.id')
    .execute();
  return rows.map((row) => ({
    title: row.title,
    body: sectionsText(JSON.parse(row.sections) as ArticleSection[]),
    source: row.source,
    category: row.category,
  }));
}

/**
 * Changes whenever a categorized article is added, edited, refiled or removed (count, latest update, id
 * range): a stored model whose `training.fingerprint` differs is out of date.
 */
export async function categorizedArticlesFingerprint(db: Kysely<Database>): Promise<string> {
  const row = await db
    .selectFrom('articles')
    .select((eb) => [
      eb.fn.countAll<number>().as('count'),
      eb.fn.max('articles.updated_at').as('updated'),
      eb.fn.sum<number>('articles.category_id').as('categories'),
      eb.fn.max('articles.id').as('lastId'),
    ])
    .where('articles.status', '=', 'published')
    .where('articles.category_id', 'is not', null)
    .executeTakeFirstOrThrow();
  return `${Number(row.count)}:${row.lastId ?? 0}:${Number(row.categories ?? 0)}:${row.updated ?? ''}`;
}
