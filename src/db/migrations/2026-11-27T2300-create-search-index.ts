/**
 * The full-text index of published articles: an FTS5 table over the ANALYZED text (stems, and the
 * unstemmed normalized words beside them), since better-sqlite3 cannot register a JS tokenizer.
 * Contentless: snippets come from the articles table, so the analyzed text need not be stored twice.
 * Existing articles are indexed by `ensureSearchIndexCurrent()` (src/search), not here: a migration
 * must not depend on today's analyzer, and the index is rebuilt whenever the analyzer changes.
 */
// Migrations take Kysely<any>, as Kysely recommends: they must not depend on today's Database type.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  // tokenchars '.' keeps decimal numbers (`1.25`) whole; every other token is already one word of letters or digits.
  await sql`
    CREATE VIRTUAL TABLE article_search USING fts5(
      title, body, title_plain, body_plain,
      content = '', contentless_delete = 1,
      tokenize = "unicode61 remove_diacritics 0 tokenchars '.'"
    )
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE article_search`.execute(db);
  await db.deleteFrom('meta').where('key', '=', 'search_index_version').execute();
}
