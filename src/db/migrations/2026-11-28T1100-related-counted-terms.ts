/**
 * Each related-stories document keeps the terms it counted into `related_term_df`, so that taking it
 * out (an edit, an unpublishing, a deletion) takes exactly those counts back: the document frequencies
 * then stay what a fresh import of the remaining articles would give. Existing rows get them when
 * `ensureRelatedCurrent()` (src/related) rebuilds, which the version bump beside this migration asks for.
 */
// Migrations take Kysely<any>, as Kysely recommends: they must not depend on today's Database type.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  // Space-separated (terms never contain a space); '' on rows written before this migration.
  await sql`ALTER TABLE related_documents ADD COLUMN counted_terms TEXT NOT NULL DEFAULT ''`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE related_documents DROP COLUMN counted_terms`.execute(db);
}
