/**
 * What each article taught the name memory (`entity_name_sightings`, one row per name it named after a
 * cue), so that deleting, unpublishing or rewriting an article takes back exactly what it taught:
 * the names it alone taught go, the others count one sighting fewer, as if it had never been written.
 * Existing databases fill it when `ensureEntityTagsCurrent()` (src/tags) re-tags, which the version
 * bump beside this migration asks for.
 */
// Migrations take Kysely<any>, as Kysely recommends: they must not depend on today's Database type.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  // No foreign key: the rows of a deleted article must outlive its row until the write's
  // afterArticlesWritten reads them to forget what it taught (a cascade would take them first).
  await sql`
    CREATE TABLE entity_name_sightings (
      id INTEGER PRIMARY KEY,
      article_id INTEGER NOT NULL,
      name_group TEXT NOT NULL,
      type TEXT NOT NULL CHECK (type IN ('PER', 'ORG')),
      canonical TEXT NOT NULL,
      aliases TEXT NOT NULL,
      seen_on TEXT
    )`.execute(db);
  await sql`CREATE INDEX entity_name_sightings_article ON entity_name_sightings (article_id)`.execute(db);
  await sql`CREATE INDEX entity_name_sightings_group ON entity_name_sightings (name_group, id)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE entity_name_sightings`.execute(db);
}
