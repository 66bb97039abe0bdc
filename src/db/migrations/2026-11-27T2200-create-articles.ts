/** Articles, their categories, and a key-value table for instance facts (such as "demo loaded"). */
// Migrations take Kysely<any>, as Kysely recommends: they must not depend on today's Database type.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('categories')
    .addColumn('id', 'integer', (column) => column.primaryKey().autoIncrement())
    .addColumn('slug', 'text', (column) => column.notNull().unique())
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('position', 'integer', (column) => column.notNull().defaultTo(0))
    .execute();

  await db.schema
    .createTable('articles')
    .addColumn('id', 'integer', (column) => column.primaryKey().autoIncrement())
    .addColumn('external_id', 'text', (column) => column.unique())
    .addColumn('copy_hash', 'text', (column) => column.unique())
    .addColumn('title', 'text', (column) => column.notNull())
    .addColumn('slug', 'text', (column) => column.notNull())
    .addColumn('category_id', 'integer', (column) => column.references('categories.id').onDelete('set null'))
    .addColumn('source', 'text')
    .addColumn('source_url', 'text')
    .addColumn('author', 'text')
    .addColumn('summary', 'text')
    .addColumn('image_caption', 'text')
    .addColumn('image_credit', 'text')
    .addColumn('image_place', 'text')
    .addColumn('image_date', 'text')
    .addColumn('dateline_place', 'text')
    .addColumn('dateline_source', 'text')
    .addColumn('sections', 'text', (column) => column.notNull())
    .addColumn('status', 'text', (column) => column.notNull().defaultTo('published'))
    .addColumn('published_at', 'text', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .execute();

  await db.schema
    .createIndex('articles_status_published_at')
    .on('articles')
    .columns(['status', 'published_at'])
    .execute();
  await db.schema.createIndex('articles_category_published_at').on('articles').columns(['category_id', 'published_at']).execute();

  await db.schema
    .createTable('meta')
    .addColumn('key', 'text', (column) => column.primaryKey())
    .addColumn('value', 'text', (column) => column.notNull())
    .execute();

}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('meta').execute();
  await db.schema.dropTable('articles').execute();
  await db.schema.dropTable('categories').execute();
}
