import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleDraft } from '../articles/article.ts';
import { writeMeta } from '../db/meta.repository.ts';
import type { OpenedDatabase } from '../db/open-database.ts';
import { afterArticlesWritten } from '../publishing/after-articles-written.ts';
import { storeArticle } from '../publishing/store-article.ts';
import { buildArticleDraft } from '../test-support/article-factory.ts';
import { createTestDatabase } from '../test-support/test-database.ts';
import { findDuplicateGroupIds, listDuplicateGroupMembers } from './duplicates.repository.ts';
import { DUPLICATES_VERSION, ensureDuplicatesCurrent } from './ensure-duplicates-current.ts';
import { CENTRAL_BANK_OTHER_STORY, CENTRAL_BANK_REPUBLISHED, CENTRAL_BANK_STORY, FOOTBALL_EDITED, FOOTBALL_STORY } from './test-stories.ts';

let opened: OpenedDatabase;
beforeEach(async () => {
  opened = await createTestDatabase();
});
afterEach(() => opened.close());

const draft = (body: string, overrides: Partial<ArticleDraft> = {}) =>
  buildArticleDraft({ sections: [{ heading: null, paragraphs: body.split('\n') }], ...overrides });

async function store(...bodies: string[]): Promise<number[]> {
  const ids: number[] = [];
  for (const body of bodies) ids.push((await storeArticle(opened.db, draft(body))).id);
  return ids;
}

const duplicateOf = async () =>
  Object.fromEntries((await opened.db.selectFrom('articles').select(['id', 'duplicate_of']).orderBy('id').execute()).map((row) => [row.id, row.duplicate_of]));

describe('stored duplicates', () => {
  it('files each copy under the first stored article of its story, and leaves distinct stories alone', async () => {
    await store(CENTRAL_BANK_STORY, FOOTBALL_STORY, CENTRAL_BANK_OTHER_STORY, CENTRAL_BANK_REPUBLISHED, FOOTBALL_EDITED, CENTRAL_BANK_STORY);
    expect(await duplicateOf()).toEqual({ 1: null, 2: null, 3: null, 4: 1, 5: 2, 6: 1 });
    expect(await findDuplicateGroupIds(opened.db, 4)).toEqual([1, 4, 6]);
    expect(await findDuplicateGroupIds(opened.db, 1)).toEqual([1, 4, 6]);
    expect(await findDuplicateGroupIds(opened.db, 3)).toEqual([3]);
    expect(await findDuplicateGroupIds(opened.db, 99)).toEqual([]);
    const groups = await listDuplicateGroupMembers(opened.db);
    expect(groups.map((member) => [member.id, member.original])).toEqual([[1, 1], [4, 1], [6, 1], [2, 2], [5, 2]]);
  });

  it('finds copies among the articles of one batch, as an import writes them', async () => {
    const ids = await opened.db.transaction().execute(async (trx) => {
      const written: number[] = [];
      for (const body of [FOOTBALL_STORY, CENTRAL_BANK_STORY, FOOTBALL_EDITED]) {
        const row = await trx.insertInto('articles').values({ title: 'عنوان', slug: 'عنوان', sections: JSON.stringify([{ heading: null, paragraphs: body.split('\n') }]), published_at: '2024-01-01T00:00:00.000Z', created_at: '2024-01-01T00:00:00.000Z', updated_at: '2024-01-01T00:00:00.000Z' }).returning('id').executeTakeFirstOrThrow();
        written.push(row.id);
      }
      await afterArticlesWritten(trx, written);
      return written;
    });
    expect(ids).toEqual([1, 2, 3]);
    expect(await duplicateOf()).toEqual({ 1: null, 2: null, 3: 1 });
    const bands = await opened.db.selectFrom('article_signature_bands').select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow();
    expect(Number(bands.count)).toBeGreaterThan(60); // up to 32 band keys an article; the copy shares some with its original
  });

  it('signs an edited article again, and its copies follow it into the group it joins', async () => {
    const [a, b] = await store(CENTRAL_BANK_STORY, FOOTBALL_STORY);
    const [copyOfA, copyOfB] = await store(CENTRAL_BANK_REPUBLISHED, FOOTBALL_EDITED);
    expect(await duplicateOf()).toEqual({ [a!]: null, [b!]: null, [copyOfA!]: a, [copyOfB!]: b });
    // An editor rewrites article 2 into the central bank story: the two groups become one, under article 1.
    await opened.db.updateTable('articles').set({ sections: JSON.stringify([{ heading: null, paragraphs: CENTRAL_BANK_STORY.split('\n') }]) }).where('id', '=', b!).execute();
    await opened.db.transaction().execute((trx) => afterArticlesWritten(trx, [b!]));
    expect(await duplicateOf()).toEqual({ [a!]: null, [b!]: a, [copyOfA!]: a, [copyOfB!]: a });
  });

  it('keeps an article without words out of every group', async () => {
    await store('***', '***');
    expect(await duplicateOf()).toEqual({ 1: null, 2: null });
  });

  it('marks a database whose articles were all signed as it is, without signing them again', async () => {
    await store(CENTRAL_BANK_STORY, CENTRAL_BANK_REPUBLISHED);
    expect(await ensureDuplicatesCurrent(opened.db)).toEqual({ rebuilt: false, articles: 0, changed: [] });
    expect(await duplicateOf()).toEqual({ 1: null, 2: 1 });
  });

  it('is built for a database that predates it, once', async () => {
    await store(CENTRAL_BANK_STORY, FOOTBALL_STORY, CENTRAL_BANK_REPUBLISHED);
    // As an older Sahifa left it: no signatures, no duplicate_of, no version.
    await sql`DELETE FROM article_signature_bands`.execute(opened.db);
    await sql`DELETE FROM article_signatures`.execute(opened.db);
    await sql`UPDATE articles SET duplicate_of = NULL`.execute(opened.db);
    await writeMeta(opened.db, 'duplicate_signatures_version', 'before-signatures');
    const changed: number[][] = [];
    const rebuild = await ensureDuplicatesCurrent(opened.db, { onChanged: async (_, ids) => void changed.push(ids) });
    expect(rebuild).toEqual({ rebuilt: true, articles: 3, changed: [3] });
    expect(changed).toEqual([[3]]);
    expect(await duplicateOf()).toEqual({ 1: null, 2: null, 3: 1 });
    expect(await ensureDuplicatesCurrent(opened.db)).toEqual({ rebuilt: false, articles: 0, changed: [] });
    await writeMeta(opened.db, 'duplicate_signatures_version', 'older');
    expect((await ensureDuplicatesCurrent(opened.db)).rebuilt).toBe(true);
    expect(DUPLICATES_VERSION).not.toBe('older');
  });
});
