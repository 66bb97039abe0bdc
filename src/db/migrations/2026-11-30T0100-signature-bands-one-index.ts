/**
 * The LSH band keys (`article_signature_bands`) lose their second index (on `article_id`) and the
 * foreign key it served: each band was two B-tree entries, the primary key `(band_key, article_id)` that
 * finds candidates and the index that let a deletion find an article's bands, and an import wrote 32 of
 * each an article. Bands are now deleted by their keys, computed again from the stored signature
 * (`forgetDuplicateSignatures`, called before articles are deleted). Existing bands are copied over.
 *
 * Idempotent step by step, since Kysely runs SQLite migrations outside a transaction: after a crash at
 * any point, running it again ends in the same table.
 */
// Migrations take Kysely<any>, as Kysely recommends: they must not depend on today's Database type.
import { sql, type Kysely } from 'kysely';

async function tableExists(db: Kysely<any>, name: string): Promise<boolean> {
  const { rows } = await sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'table' AND name = ${name}`.execute(db);
  return rows.length > 0;
}

async function rebuild(db: Kysely<any>, withArticleIndex: boolean): Promise<void> {
  await sql.raw(`
    CREATE TABLE IF NOT EXISTS article_signature_bands_rebuilt (
      band_key INTEGER NOT NULL,
      article_id INTEGER NOT NULL${withArticleIndex ? ' REFERENCES articles (id) ON DELETE CASCADE' : ''},
      PRIMARY KEY (band_key, article_id)
    ) WITHOUT ROWID`).execute(db);
  if (await tableExists(db, 'article_signature_bands')) {
    await sql`INSERT OR IGNORE INTO article_signature_bands_rebuilt (band_key, article_id)
      SELECT band_key, article_id FROM article_signature_bands ORDER BY band_key, article_id`.execute(db);
    await sql`DROP TABLE article_signature_bands`.execute(db);
  }
  await sql`ALTER TABLE article_signature_bands_rebuilt RENAME TO article_signature_bands`.execute(db);
  if (withArticleIndex) await sql`CREATE INDEX IF NOT EXISTS article_signature_bands_article ON article_signature_bands (article_id)`.execute(db);
}

export async function up(db: Kysely<any>): Promise<void> {
  await rebuild(db, false);
}

export async function down(db: Kysely<any>): Promise<void> {
  // Bands of articles deleted meanwhile cannot exist: deletions take them out first.
  await rebuild(db, true);
}
