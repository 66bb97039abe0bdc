/** Every SQL statement on articles' lead images. */
import type { Selectable } from 'kysely';
import type { Queryable } from '../articles/article.repository.ts';
import { compiledOnce } from '../db/compiled-once.ts';
import type { ArticleImageTable } from './article-image.table.ts';

export type ArticleImageRow = Selectable<ArticleImageTable>;

const selectArticleImage = compiledOnce((db, articleId: number) => db.selectFrom('article_images').selectAll().where('article_id', '=', articleId), [-1]);

export async function findArticleImage(db: Queryable, articleId: number): Promise<ArticleImageRow | undefined> {
  const [row] = await selectArticleImage(db, articleId);
  return row;
}

export async function findArticleImages(db: Queryable, articleIds: number[]): Promise<Map<number, ArticleImageRow>> {
  if (articleIds.length === 0) return new Map();
  const rows = await db.selectFrom('article_images').selectAll().where('article_id', 'in', articleIds).execute();
  return new Map(rows.map((row) => [row.article_id, row]));
}

export async function upsertArticleImage(db: Queryable, row: ArticleImageRow): Promise<void> {
  const { article_id: _articleId, ...changes } = row;
  await db
    .insertInto('article_images')
    .values(row)
    .onConflict((conflict) => conflict.column('article_id').doUpdateSet(changes))
    .execute();
}
