/**
 * Related stories: each article's ranked list (`article_related`, read by pages, the API and the CLI),
 * the term statistics that rank it (document frequencies and each article's most distinctive terms),
 * and the queue of articles whose lists a bulk import left for later. Existing articles are filled by
 * `ensureRelatedCurrent()` (src/related), not here: a migration must not depend on today's analyzer.
 */
// Migrations take Kysely<any>, as Kysely recommends: they must not depend on today's Database type.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE article_related (
      article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
      related_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
      score REAL NOT NULL,
      PRIMARY KEY (article_id, related_id)
    ) WITHOUT ROWID`.execute(db);
  // Deleting or unpublishing an article finds the lists it appears in.
  await sql`CREATE INDEX article_related_related_id ON article_related (related_id)`.execute(db);

  // One row per indexed (published) article: its term vector and what the ranking reads without
  // touching the articles table, whose rows hold the whole text before these columns.
  await sql`
    CREATE TABLE related_documents (
      article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
      terms TEXT NOT NULL,
      category_id INTEGER,
      published_at TEXT NOT NULL,
      title_key TEXT NOT NULL,
      body_key TEXT NOT NULL
    )`.execute(db);
  await sql`CREATE INDEX related_documents_category ON related_documents (category_id, article_id)`.execute(db);

  // The inverted index of the articles' most distinctive terms; rows of a removed article are deleted
  // by the code from its stored vector (a cascade would need a second index on 3 million rows).
  await sql`
    CREATE TABLE related_terms (
      term TEXT NOT NULL,
      article_id INTEGER NOT NULL,
      weight REAL NOT NULL,
      PRIMARY KEY (term, article_id)
    ) WITHOUT ROWID`.execute(db);

  await sql`CREATE TABLE related_term_df (term TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID`.execute(db);

  await sql`CREATE TABLE related_queue (article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['related_queue', 'related_term_df', 'related_terms', 'related_documents', 'article_related']) {
    await db.schema.dropTable(table).execute();
  }
  await db.deleteFrom('meta').where('key', 'in', ['related_version', 'related_document_count']).execute();
}
