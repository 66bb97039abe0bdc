/** Reads the text duplicate detection compares: every article's body, with its ids. Read-only. */
import type { Kysely } from 'kysely';
import type { ArticleSection } from '../articles/article.ts';
import type { Database } from '../db/database.ts';

export interface ArticleBody {
  id: number;
  externalId: string | null;
  title: string;
  /** The paragraphs (subheadings included), one a line; the headline is left out, since republications rewrite it. */
  body: string;
}

const PAGE_SIZE = 2000;

function bodyText(sections: ArticleSection[]): string {
  return sections.flatMap((section) => (section.heading === null ? section.paragraphs : [section.heading, ...section.paragraphs])).join('\n');
}

/** All articles in id order, a page at a time so that a large database is never held in memory at once. */
export async function* listArticleBodies(db: Kysely<Database>): AsyncGenerator<ArticleBody> {
  let afterId = 0;
  for (;;) {
    const rows = await db
      .selectFrom('articles')
      .select(['id', 'external_id', 'title', 'sections'])
      .where('id', '>', afterId)
      .orderBy('id')
      .limit(PAGE_SIZE)
      .execute();
    for (const row of rows) {
      yield { id: row.id, externalId: row.external_id, title: row.title, body: bodyText(JSON.parse(row.sections) as ArticleSection[]) };
    }
    if (rows.length < PAGE_SIZE) return;
    afterId = rows[rows.length - 1]?.id ?? afterId;
  }
}
