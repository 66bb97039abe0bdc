import { Kysely, SqliteDialect, sql, type CompiledQuery } from 'kysely';
import { migrateToLatest } from '../db/migrate.ts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.ts';
import type { OpenedDatabase } from '../db/open-database.ts';
import { storeArticle } from '../publishing/store-article.ts';
import { buildArticleDraft } from '../test-support/article-factory.ts';
import { createTestDatabase } from '../test-support/test-database.ts';
import { insertCategory } from './article.repository.ts';
import { findPublishedTeasersByIds, listNewestIdsBySection } from './article-teaser.repository.ts';
import { getPublishedArticle, getPublishedTeasersInOrder } from './article.service.ts';
import { articleLede, teaserLede } from './article.ts';

describe('article teasers (lists read without bodies)', () => {
  let opened: OpenedDatabase;
  beforeEach(async () => {
    opened = await createTestDatabase();
  });
  afterEach(() => opened.close());

  it('quote the same lede as the whole article: the summary, else the first paragraph of the first section that has one', async () => {
    const plain = await storeArticle(opened.db, buildArticleDraft());
    const headingFirst = await storeArticle(
      opened.db,
      buildArticleDraft({ sections: [{ heading: 'تمهيد', paragraphs: [] }, { heading: 'الخلفية', paragraphs: ['فقرة أولى بعد عنوان فرعي.', 'فقرة ثانية.'] }] }),
    );
    const summarized = await storeArticle(opened.db, buildArticleDraft({ summary: 'ملخص المحرر للخبر.' }));
    const empty = await storeArticle(opened.db, buildArticleDraft({ sections: [] }));
    const ids = [plain.id, headingFirst.id, summarized.id, empty.id];
    const teasers = await getPublishedTeasersInOrder(opened.db, ids);
    expect(teasers.map((teaser) => teaser.id)).toEqual(ids);
    for (const teaser of teasers) {
      const article = await getPublishedArticle(opened.db, teaser.id);
      if (!article) throw new Error('article missing');
      expect(teaserLede(teaser)).toBe(articleLede(article));
      const { sections: _sections, ...withoutBody } = article;
      expect(teaser).toEqual({ ...withoutBody, firstParagraph: teaser.firstParagraph });
    }
    expect(teasers[1]?.firstParagraph).toBe('فقرة أولى بعد عنوان فرعي.');
    expect(teasers[3]?.firstParagraph).toBeNull();
    // Lists of headlines do not read the lede at all.
    expect((await getPublishedTeasersInOrder(opened.db, ids, { withLede: false })).map((teaser) => teaser.firstParagraph)).toEqual([null, null, null, null]);
  });

  it('keep the stored opening paragraph right for rows written without it, for a changed body, and for rows from before it was stored', async () => {
    const lede = async (id: number) => (await findPublishedTeasersByIds(opened.db, [id]))[0]?.first_paragraph;
    const stored = await storeArticle(opened.db, buildArticleDraft({ sections: [{ heading: null, paragraphs: ['الفقرة الأولى.', 'الثانية.'] }] }));
    expect(await lede(stored.id)).toBe('الفقرة الأولى.');
    // A body changed by any writer (here SQL itself) changes the lede with it, in the same statement.
    const body = JSON.stringify([{ heading: 'عنوان', paragraphs: [] }, { heading: null, paragraphs: ['فقرة بعد التعديل.'] }]);
    await opened.db.updateTable('articles').set({ sections: body }).where('id', '=', stored.id).execute();
    expect(await lede(stored.id)).toBe('فقرة بعد التعديل.');
    // A row inserted without it (an older writer) gets it from its body.
    const row = await opened.db.selectFrom('articles').selectAll().where('id', '=', stored.id).executeTakeFirstOrThrow();
    const { id: _id, first_paragraph: _lede, ...fields } = row;
    const inserted = await opened.db
      .insertInto('articles')
      .values({ ...fields, external_id: null, copy_hash: null, title: 'خبر آخر', slug: 'خبر-آخر', sections: JSON.stringify([{ heading: null, paragraphs: ['فقرة الصف الخام.'] }]) })
      .returning('id')
      .executeTakeFirstOrThrow();
    expect(await lede(inserted.id)).toBe('فقرة الصف الخام.');
    // Rows written before the column existed get it when the database migrates.
    await sql`DROP TRIGGER articles_first_paragraph_update`.execute(opened.db);
    await sql`DROP TRIGGER articles_first_paragraph_insert`.execute(opened.db);
    await sql`ALTER TABLE articles DROP COLUMN first_paragraph`.execute(opened.db);
    await opened.db.deleteFrom('kysely_migration' as never).where('name' as never, '=', '2026-11-29T0400-article-first-paragraph' as never).execute();
    await migrateToLatest(opened.db);
    expect([await lede(stored.id), await lede(inserted.id)]).toEqual(['فقرة بعد التعديل.', 'فقرة الصف الخام.']);
  });

  it('leave out unpublished articles and look them up by primary key, not by the status index', async () => {
    const published = await storeArticle(opened.db, buildArticleDraft());
    const draft = await storeArticle(opened.db, buildArticleDraft({ status: 'draft' }));
    const statements: CompiledQuery[] = [];
    const logged = new Kysely<Database>({
      dialect: new SqliteDialect({ database: opened.sqlite }),
      log: (event) => {
        if (event.level === 'query') statements.push(event.query);
      },
    });
    const rows = await findPublishedTeasersByIds(logged, [draft.id, published.id]);
    expect(rows.map((row) => row.id)).toEqual([published.id]);
    const [statement] = statements;
    if (!statement) throw new Error('no statement');
    const plan = opened.sqlite.prepare(`EXPLAIN QUERY PLAN ${statement.sql}`).all(...(statement.parameters as unknown[])) as { detail: string }[];
    expect(plan.map((step) => step.detail).join('\n')).toMatch(/SEARCH articles USING INTEGER PRIMARY KEY/);
  });

  it('give the newest stories of every section in one statement, grouped by section in the order asked, each its own depth', async () => {
    const world = await insertCategory(opened.db, { slug: 'world', name: 'العالم' });
    const sport = await insertCategory(opened.db, { slug: 'sport', name: 'رياضة' });
    const stored: { id: number; categoryId: number }[] = [];
    for (let i = 0; i < 6; i += 1) {
      const categoryId = i % 2 === 0 ? world : sport;
      stored.push({ id: (await storeArticle(opened.db, buildArticleDraft({ categoryId }))).id, categoryId });
    }
    const newestFirst = (categoryId: number) => stored.filter((article) => article.categoryId === categoryId).map((article) => article.id).reverse();
    const rows = await listNewestIdsBySection(opened.db, [sport, world], [2, 3]);
    expect(rows.map((row) => row.id)).toEqual([...newestFirst(sport).slice(0, 2), ...newestFirst(world).slice(0, 3)]);
    expect(await listNewestIdsBySection(opened.db, [], 4)).toEqual([]);
  });
});
