/**
 * The search index reads its text with FTS5's `ascii` tokenizer instead of `unicode61`. What FTS5 is
 * given is the analyzer's output, never raw text: terms of letters, digits and '.' (lowercase,
 * marks stripped — src/arabic/analyze.ts, held there by a test), one space apart. Both tokenizers cut
 * such text into the same tokens (unicode61 splits at any character that is not a letter, a digit or
 * a tokenchar, ascii at ASCII ones only, and the analyzer leaves no other separator), so the index is
 * byte for byte the one unicode61 built (checked on every ANT article, search-index-tokenizer.test.ts),
 * and queries, made of the same terms, match the same articles with the same bm25. ascii costs
 * FTS5 about a third less CPU per insert: it does not decode and classify every character.
 * The table is contentless, so it cannot be copied: it is made anew, empty, and the version key is
 * dropped so that `ensureSearchIndexCurrent()` rebuilds it at the next start, as after an analyzer
 * change. The FTS5 vocabulary table reads it, so it is made anew with it. In one transaction, and
 * again from the start if run again (Kysely runs SQLite migrations outside one).
 */
// Migrations take Kysely<any>, as Kysely recommends: they must not depend on today's Database type.
import { sql, type Kysely } from 'kysely';

async function recreate(db: Kysely<any>, tokenize: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await sql`DROP TABLE IF EXISTS article_search_vocab`.execute(trx);
    await sql`DROP TABLE IF EXISTS article_search`.execute(trx);
    await sql`
      CREATE VIRTUAL TABLE article_search USING fts5(
        title, body, title_plain, body_plain,
        content = '', contentless_delete = 1,
        tokenize = ${sql.raw(`"${tokenize}"`)}
      )`.execute(trx);
    await sql`CREATE VIRTUAL TABLE article_search_vocab USING fts5vocab(article_search, row)`.execute(trx);
    await trx.deleteFrom('meta').where('key', '=', 'search_index_version').execute();
  });
}

export async function up(db: Kysely<any>): Promise<void> {
  await recreate(db, "ascii tokenchars '.'");
}

export async function down(db: Kysely<any>): Promise<void> {
  await recreate(db, "unicode61 remove_diacritics 0 tokenchars '.'");
}
