/**
 * Each article keeps its opening paragraph (`first_paragraph`, what `articleLede` finds in the body)
 * beside its body, so that a list of twenty teasers reads twenty short texts instead of picking them
 * out of twenty bodies' JSON on every request (most of a list statement's time). Writers set it
 * (`toNewArticleRow`); the triggers keep it right for a row inserted without it and for any later
 * change of the body; existing rows get it here.
 */
// Migrations take Kysely<any>, as Kysely recommends: they must not depend on today's Database type.
import { sql, type Kysely } from 'kysely';

/** The first paragraph of the first section that has one, from the body's JSON `[{heading, paragraphs}]`. */
const firstParagraphOf = (row: 'articles' | 'NEW') =>
  sql.raw(`(SELECT json_extract(part.value, '$.paragraphs[0]') FROM json_each(${row}.sections) AS part
    WHERE json_array_length(part.value, '$.paragraphs') > 0 ORDER BY part.key LIMIT 1)`);

export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE articles ADD COLUMN first_paragraph TEXT`.execute(db);
  await sql`UPDATE articles SET first_paragraph = ${firstParagraphOf('articles')}`.execute(db);
  await sql`CREATE TRIGGER articles_first_paragraph_insert AFTER INSERT ON articles WHEN NEW.first_paragraph IS NULL BEGIN
      UPDATE articles SET first_paragraph = ${firstParagraphOf('NEW')} WHERE id = NEW.id;
    END`.execute(db);
  await sql`CREATE TRIGGER articles_first_paragraph_update AFTER UPDATE OF sections ON articles BEGIN
      UPDATE articles SET first_paragraph = ${firstParagraphOf('NEW')} WHERE id = NEW.id;
    END`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TRIGGER articles_first_paragraph_update`.execute(db);
  await sql`DROP TRIGGER articles_first_paragraph_insert`.execute(db);
  await sql`ALTER TABLE articles DROP COLUMN first_paragraph`.execute(db);
}
