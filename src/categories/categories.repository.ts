/**
 * Every SQL statement of category suggestion: the articles the classifier trains on, the stored model,
 * and the suggestions written on articles.
 */
import { sql, type Kysely } from 'kysely';
import type { ArticleSection } from '../articles/article.ts';
import type { Database } from '../db/database.ts';
import { sectionsText } from './classifier-article.ts';
import type { LabeledArticle } from './train-category-model.ts';

type Queryable = Kysely<Database>;

/** Published articles an editor or their source filed; those the classifier filed itself teach it nothing. */
export async function listCategorizedArticles(db: Queryable): Promise<LabeledArticle[]> {
  const rows = await db
    .selectFrom('articles')
    .innerJoin('categories', 'categories.id', 'articles.category_id')
    .select(['articles.title', 'articles.sections', 'articles.source', 'categories.slug as category'])
    .where('articles.status', '=', 'published')
    .where('articles.category_auto_filed', '=', 0)
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
 * range, sum of categories, and the sections' slugs): a stored model whose fingerprint differs is out of date.
 */
export async function categorizedArticlesFingerprint(db: Queryable): Promise<string> {
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
    .where('articles.category_auto_filed', '=', 0)
    .executeTakeFirstOrThrow();
  return `${Number(row.count)}:${row.lastId ?? 0}:${Number(row.categories ?? 0)}:${row.updated ?? ''}`;
}

export interface StoredModelInfo {
  fingerprint: string;
  articles: number;
  trainedAt: string;
}

export async function readStoredModelInfo(db: Queryable): Promise<StoredModelInfo | undefined> {
  const row = await db.selectFrom('category_models').select(['fingerprint', 'articles', 'trained_at']).where('id', '=', 1).executeTakeFirst();
  return row && { fingerprint: row.fingerprint, articles: row.articles, trainedAt: row.trained_at };
}

export async function readStoredModelJson(db: Queryable): Promise<string | undefined> {
  const row = await db.selectFrom('category_models').select('model').where('id', '=', 1).executeTakeFirst();
  return row?.model;
}

export async function saveStoredModel(db: Queryable, model: string, info: StoredModelInfo): Promise<void> {
  const values = { id: 1, model, fingerprint: info.fingerprint, articles: info.articles, trained_at: info.trainedAt };
  await db
    .insertInto('category_models')
    .values(values)
    .onConflict((conflict) => conflict.column('id').doUpdateSet({ model, fingerprint: info.fingerprint, articles: info.articles, trained_at: info.trainedAt }))
    .execute();
}

export interface UncategorizedArticle {
  id: number;
  title: string;
  sections: string;
  source: string | null;
}

/** Of these articles, those without a section (the ones a suggestion is for). */
export async function findUncategorizedArticles(db: Queryable, ids: readonly number[]): Promise<UncategorizedArticle[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('articles')
    .select(['id', 'title', 'sections', 'source'])
    .where('category_id', 'is', null)
    .where('id', 'in', sql<number>`(SELECT value FROM json_each(${JSON.stringify(ids)}))`)
    .execute();
}

/** Ids of every article without a section, a page at a time. */
export async function listUncategorizedArticleIds(db: Queryable, afterId: number, limit: number): Promise<number[]> {
  const rows = await db.selectFrom('articles').select('id').where('category_id', 'is', null).where('id', '>', afterId).orderBy('id').limit(limit).execute();
  return rows.map((row) => row.id);
}

export interface CategorySuggestion {
  id: number;
  suggestedCategoryId: number;
  confidence: number;
  /** File the article in the suggested section (and mark it as filed by the classifier). */
  file: boolean;
}

export async function writeSuggestion(db: Queryable, suggestion: CategorySuggestion): Promise<void> {
  await db
    .updateTable('articles')
    .set({
      suggested_category_id: suggestion.suggestedCategoryId,
      category_confidence: suggestion.confidence,
      ...(suggestion.file ? { category_id: suggestion.suggestedCategoryId, category_auto_filed: 1 } : {}),
    })
    .where('id', '=', suggestion.id)
    .where('category_id', 'is', null)
    .execute();
}

/** Section ids by slug, for the labels a model predicts. */
export async function findCategoryIdsBySlug(db: Queryable): Promise<Map<string, number>> {
  const rows = await db.selectFrom('categories').select(['id', 'slug']).execute();
  return new Map(rows.map((row) => [row.slug, row.id]));
}
