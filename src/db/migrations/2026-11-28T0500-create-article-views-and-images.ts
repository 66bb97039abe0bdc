/**
 * Daily view counts for «الأكثر قراءة» (no reader is identified: one row per article and day), the lead
 * images of articles (files live beside the database, named by their content hash), and an index for
 * source pages.
 */
// Migrations take Kysely<any>, as Kysely recommends: they must not depend on today's Database type.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('article_views')
    .addColumn('article_id', 'integer', (column) => column.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('day', 'text', (column) => column.notNull())
    .addColumn('views', 'integer', (column) => column.notNull())
    .addPrimaryKeyConstraint('article_views_pk', ['article_id', 'day'])
    .execute();
  await db.schema.createIndex('article_views_day').on('article_views').columns(['day', 'article_id']).execute();

  await db.schema
    .createTable('article_images')
    .addColumn('article_id', 'integer', (column) => column.primaryKey().references('articles.id').onDelete('cascade'))
    .addColumn('hash', 'text', (column) => column.notNull())
    .addColumn('width', 'integer', (column) => column.notNull())
    .addColumn('height', 'integer', (column) => column.notNull())
    .addColumn('format', 'text', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .execute();

  await db.schema.createIndex('articles_source_published_at').on('articles').columns(['source', 'published_at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('articles_source_published_at').execute();
  await db.schema.dropTable('article_images').execute();
  await db.schema.dropTable('article_views').execute();
}
