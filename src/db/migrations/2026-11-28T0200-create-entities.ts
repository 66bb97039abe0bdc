/**
 * Entity tags: the people, places and organizations each article names (`entities`, `article_entities`)
 * and the name memory that extraction learns from the site's own copy (`entity_names`, one row per
 * remembered name). Triggers keep `entities.article_count` equal to the number of `article_entities`
 * rows, whoever inserts or deletes them — including the cascade when an article is deleted, which no
 * application code gets to see. Existing articles are tagged by `ensureEntityTagsCurrent()`
 * (src/tags), not here: a migration must not depend on today's extractor.
 */
// Migrations take Kysely<any>, as Kysely recommends: they must not depend on today's Database type.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE entities (
      id INTEGER PRIMARY KEY,
      type TEXT NOT NULL CHECK (type IN ('PER', 'LOC', 'ORG')),
      canonical TEXT NOT NULL,
      slug TEXT NOT NULL UNIQUE,
      article_count INTEGER NOT NULL DEFAULT 0
    )`.execute(db);
  // One row per real thing: the same name of another type is another entity (and another slug).
  await sql`CREATE UNIQUE INDEX entities_canonical_type ON entities (canonical, type)`.execute(db);
  await sql`
    CREATE TABLE article_entities (
      article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
      entity_id INTEGER NOT NULL REFERENCES entities (id),
      mentions INTEGER NOT NULL,
      PRIMARY KEY (article_id, entity_id)
    )`.execute(db);
  await sql`CREATE INDEX article_entities_entity_article ON article_entities (entity_id, article_id)`.execute(db);

  await sql`
    CREATE TRIGGER article_entities_count_insert AFTER INSERT ON article_entities BEGIN
      UPDATE entities SET article_count = article_count + 1 WHERE id = NEW.entity_id;
    END`.execute(db);
  await sql`
    CREATE TRIGGER article_entities_count_delete AFTER DELETE ON article_entities BEGIN
      UPDATE entities SET article_count = article_count - 1 WHERE id = OLD.entity_id;
    END`.execute(db);
  await sql`
    CREATE TRIGGER article_entities_count_update AFTER UPDATE OF entity_id ON article_entities BEGIN
      UPDATE entities SET article_count = article_count - 1 WHERE id = OLD.entity_id;
      UPDATE entities SET article_count = article_count + 1 WHERE id = NEW.entity_id;
    END`.execute(db);

  // The name memory of src/entities (NameMemory.names), keyed by the folded canonical form.
  await sql`
    CREATE TABLE entity_names (
      key TEXT PRIMARY KEY,
      type TEXT NOT NULL CHECK (type IN ('PER', 'ORG')),
      canonical TEXT NOT NULL,
      aliases TEXT NOT NULL,
      sightings INTEGER NOT NULL,
      last_seen TEXT
    )`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE entity_names`.execute(db);
  await sql`DROP TABLE article_entities`.execute(db);
  await sql`DROP TABLE entities`.execute(db);
  await db.deleteFrom('meta').where('key', '=', 'entity_tags_version').execute();
}
