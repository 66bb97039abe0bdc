/**
 * Near-duplicates and category suggestions, stored beside the articles:
 * - `articles.duplicate_of`: the first stored article of the article's duplicate group (NULL for an original);
 * - `article_signatures`: each article's MinHash signature (128 little-endian 32-bit values, 512 bytes);
 * - `article_signature_bands`: its LSH band keys (`band * 2^32 + hash`), indexed, to find candidates;
 * - `articles.suggested_category_id`, `category_confidence`: the classifier's suggestion at write time,
 *   and `category_auto_filed` when the article was filed on that suggestion rather than by an editor;
 * - `category_models`: the trained classifier (JSON) with the fingerprint of the articles it learned from.
 * Existing articles get their signatures from `ensureDuplicatesCurrent()` (src/duplicates), not here: a
 * migration must not depend on today's shingling.
 */
// Migrations take Kysely<any>, as Kysely recommends: they must not depend on today's Database type.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('articles')
    .addColumn('duplicate_of', 'integer', (column) => column.references('articles.id').onDelete('set null'))
    .execute();
  await db.schema
    .alterTable('articles')
    .addColumn('suggested_category_id', 'integer', (column) => column.references('categories.id').onDelete('set null'))
    .execute();
  await db.schema.alterTable('articles').addColumn('category_confidence', 'real').execute();
  await db.schema
    .alterTable('articles')
    .addColumn('category_auto_filed', 'integer', (column) => column.notNull().defaultTo(0))
    .execute();
  // Partial: most articles are originals, and lookups ask only for the members of a group.
  await sql`CREATE INDEX articles_duplicate_of ON articles (duplicate_of) WHERE duplicate_of IS NOT NULL`.execute(db);

  await db.schema
    .createTable('article_signatures')
    .addColumn('article_id', 'integer', (column) => column.primaryKey().references('articles.id').onDelete('cascade'))
    .addColumn('signature', 'blob', (column) => column.notNull())
    .execute();
  // WITHOUT ROWID: the primary key is the lookup index itself, so each band costs one B-tree entry.
  await sql`
    CREATE TABLE article_signature_bands (
      band_key INTEGER NOT NULL,
      article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
      PRIMARY KEY (band_key, article_id)
    ) WITHOUT ROWID
  `.execute(db);
  await db.schema.createIndex('article_signature_bands_article').on('article_signature_bands').column('article_id').execute();

  await db.schema
    .createTable('category_models')
    .addColumn('id', 'integer', (column) => column.primaryKey().check(sql`id = 1`))
    .addColumn('fingerprint', 'text', (column) => column.notNull())
    .addColumn('articles', 'integer', (column) => column.notNull())
    .addColumn('trained_at', 'text', (column) => column.notNull())
    // Last, and megabytes long: reading the columns before it never walks its overflow pages.
    .addColumn('model', 'text', (column) => column.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('category_models').execute();
  await db.schema.dropTable('article_signature_bands').execute();
  await db.schema.dropTable('article_signatures').execute();
  await sql`DROP INDEX articles_duplicate_of`.execute(db);
  for (const column of ['category_auto_filed', 'category_confidence', 'suggested_category_id', 'duplicate_of']) {
    await db.schema.alterTable('articles').dropColumn(column).execute();
  }
  await db.deleteFrom('meta').where('key', '=', 'duplicate_signatures_version').execute();
}
