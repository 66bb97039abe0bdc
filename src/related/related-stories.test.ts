import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import type { OpenedDatabase } from '../db/open-database.ts';
import { CENTRAL_BANK_OTHER_STORY, CENTRAL_BANK_STORY, FOOTBALL_STORY } from '../duplicates/test-stories.ts';
import { insertArticlesSkippingKnownExternalIds } from '../articles/article.repository.ts';
import { toNewArticleRow } from '../articles/article-mapper.ts';
import { afterArticlesWritten } from '../publishing/after-articles-written.ts';
import { storeArticle } from '../publishing/store-article.ts';
import { ensureDefaultSections } from '../articles/manage-sections.ts';
import { buildArticleDraft } from '../test-support/article-factory.ts';
import { createTestDatabase } from '../test-support/test-database.ts';
import { countQueuedRelated, drainRelatedQueue, ensureRelatedCurrent, findRelatedIds, getRelatedHeadlines, getRelatedStories, type RelatedStories } from './index.ts';

const INFLATION_STORY = [
  'قال البنك المركزي المصري إن معدل التضخم السنوي تراجع الشهر الماضي للمرة الأولى منذ عام، بعد زيادات متتالية في أسعار الفائدة.',
  'وأوضح البنك أن لجنة السياسة النقدية ستبقي على سعر الإيداع وسعر الإقراض دون تغيير، وأن أسعار الغذاء ما زالت تضغط على الجنيه.',
].join('\n');
const SPACE_STORY = 'أطلقت وكالة الفضاء الأوروبية مسبارا جديدا لدراسة أقمار كوكب المشتري، في رحلة تستغرق ثماني سنوات عبر النظام الشمسي.';

function draft(title: string, body: string, overrides: Parameters<typeof buildArticleDraft>[0] = {}) {
  return buildArticleDraft({ title, sections: [{ heading: null, paragraphs: body.split('\n') }], ...overrides });
}

async function storedList(db: Kysely<Database>, id: number): Promise<number[]> {
  const rows = await db.selectFrom('article_related').select(['related_id', 'score']).where('article_id', '=', id).orderBy('score', 'desc').execute();
  return rows.map((row) => row.related_id);
}

/** The headline fields of full teasers, to compare the article page's one-statement read with `getRelatedStories`. */
function headlinesOf(stories: RelatedStories): RelatedStories<unknown> {
  const pick = ({ id, title, slug, publishedAt, category }: RelatedStories['related'][number]) => ({ id, title, slug, publishedAt, category });
  return { readAlso: stories.readAlso.map(pick), related: stories.related.map(pick) };
}

describe('related stories', () => {
  let opened: OpenedDatabase;
  let db: Kysely<Database>;
  beforeEach(async () => {
    opened = await createTestDatabase();
    db = opened.db;
  });
  afterEach(() => opened.close());

  it('ranks the story on the same topic first, far ahead of stories sharing a stray word', async () => {
    const bank = (await storeArticle(db, draft('المركزي المصري يرفع الفائدة', CENTRAL_BANK_STORY))).id;
    await storeArticle(db, draft('المغرب إلى نصف النهائي', FOOTBALL_STORY));
    await storeArticle(db, draft('مسبار أوروبي إلى المشتري', SPACE_STORY));
    const bankOther = (await storeArticle(db, draft('زيادة كبيرة في تكلفة الاقتراض', CENTRAL_BANK_OTHER_STORY))).id;
    const [first, second] = await db.selectFrom('article_related').select(['related_id', 'score']).where('article_id', '=', bank).orderBy('score', 'desc').execute();
    expect(first?.related_id).toBe(bankOther);
    expect(first?.score).toBeGreaterThan(3 * (second?.score ?? 0));
    expect(await findRelatedIds(db, bankOther)).not.toContain(bankOther);
  });

  it('puts a new article into the stored lists of the older stories it beats, without computing them again', async () => {
    const bank = (await storeArticle(db, draft('المركزي المصري يرفع الفائدة', CENTRAL_BANK_STORY))).id;
    const space = (await storeArticle(db, draft('مسبار أوروبي إلى المشتري', SPACE_STORY))).id;
    expect(await storedList(db, bank)).toEqual([]);
    const inflation = (await storeArticle(db, draft('تراجع التضخم في مصر', INFLATION_STORY))).id;
    expect(await storedList(db, bank)).toEqual([inflation]);
    expect(await storedList(db, space)).toEqual([]);
    const bankOther = (await storeArticle(db, draft('زيادة كبيرة في تكلفة الاقتراض', CENTRAL_BANK_OTHER_STORY))).id;
    expect(await storedList(db, bank)).toEqual(expect.arrayContaining([inflation, bankOther]));
    expect(await storedList(db, inflation)).toContain(bankOther);
  });

  it('never lists the same story filed twice (the same body under another title), nor the article in its copy’s list', async () => {
    const bank = (await storeArticle(db, draft('المركزي المصري يرفع الفائدة', CENTRAL_BANK_STORY))).id;
    const copy = (await storeArticle(db, draft('رفع أسعار الفائدة في مصر', CENTRAL_BANK_STORY, { categoryId: null }))).id;
    const inflation = (await storeArticle(db, draft('تراجع التضخم في مصر', INFLATION_STORY))).id;
    expect(await findRelatedIds(db, bank)).toEqual([inflation]);
    expect(await findRelatedIds(db, copy)).toEqual([inflation]);
    // The new story enters one of the two copies' lists, never both as one story twice elsewhere.
    const lists = await findRelatedIds(db, inflation);
    expect(lists.filter((id) => id === bank || id === copy)).toHaveLength(1);
  });

  it('queues the lists of a bulk write, answers reads of queued articles on the spot, and drains the queue in order', async () => {
    const bank = (await storeArticle(db, draft('المركزي المصري يرفع الفائدة', CENTRAL_BANK_STORY))).id;
    const rows = [
      draft('تراجع التضخم في مصر', INFLATION_STORY),
      draft('زيادة كبيرة في تكلفة الاقتراض', CENTRAL_BANK_OTHER_STORY),
      draft('المغرب إلى نصف النهائي', FOOTBALL_STORY),
      draft('مسبار أوروبي إلى المشتري', SPACE_STORY),
      ...Array.from({ length: 4 }, (_, index) => draft(`مسبار أوروبي رقم ${index}`, `${SPACE_STORY} رحلة ${index}`)),
    ].map((item) => toNewArticleRow(item, new Date()));
    const ids = await db.transaction().execute(async (trx) => {
      const inserted = await insertArticlesSkippingKnownExternalIds(trx, rows);
      await afterArticlesWritten(trx, inserted);
      return inserted;
    });
    expect(await countQueuedRelated(db)).toBe(ids.length);
    const [inflation, bankOther] = ids as [number, number];
    const live = await findRelatedIds(db, inflation);
    expect(live.slice(0, 2).sort()).toEqual([bank, bankOther].sort());
    // The older article's list lacks the queued ones until the queue is drained.
    expect(await storedList(db, bank)).toEqual([]);
    expect(await drainRelatedQueue(db)).toBe(ids.length);
    expect(await countQueuedRelated(db)).toBe(0);
    expect(await findRelatedIds(db, inflation)).toEqual(live);
    expect(await storedList(db, bank)).toEqual(expect.arrayContaining([inflation, bankOther]));
  });

  it('builds the lists a database lacks when it starts (ensure current), once', async () => {
    const bank = (await storeArticle(db, draft('المركزي المصري يرفع الفائدة', CENTRAL_BANK_STORY))).id;
    const inflation = (await storeArticle(db, draft('تراجع التضخم في مصر', INFLATION_STORY))).id;
    for (const table of ['article_related', 'related_terms', 'related_term_df', 'related_documents'] as const) await db.deleteFrom(table).execute();
    await db.deleteFrom('meta').where('key', 'like', 'related_%').execute();
    expect(await ensureRelatedCurrent(db)).toEqual({ rebuilt: true, indexed: 2, requeued: true });
    expect(await ensureRelatedCurrent(db)).toEqual({ rebuilt: false, indexed: 0, requeued: false });
    await drainRelatedQueue(db);
    expect(await storedList(db, bank)).toEqual([inflation]);
  });

  it('ranks every list again, without rebuilding the term index, when the ranking weights changed', async () => {
    const bank = (await storeArticle(db, draft('المركزي المصري يرفع الفائدة', CENTRAL_BANK_STORY))).id;
    const inflation = (await storeArticle(db, draft('تراجع التضخم في مصر', INFLATION_STORY))).id;
    await ensureRelatedCurrent(db);
    await drainRelatedQueue(db);
    await db.updateTable('meta').set({ value: 'ranking-1' }).where('key', '=', 'related_ranking_version').execute();
    expect(await countQueuedRelated(db)).toBe(0);
    expect(await ensureRelatedCurrent(db)).toEqual({ rebuilt: false, indexed: 0, requeued: true });
    expect(await countQueuedRelated(db)).toBe(2);
    expect(await ensureRelatedCurrent(db)).toEqual({ rebuilt: false, indexed: 0, requeued: false });
    await drainRelatedQueue(db);
    expect(await storedList(db, bank)).toEqual([inflation]);
  });

  it('gives unknown and unpublished ids empty lists, and splits lists into read-also and related without repeats', async () => {
    expect(await getRelatedStories(db, 999)).toEqual({ readAlso: [], related: [] });
    const draftId = (await storeArticle(db, draft('مسودة عن الفائدة', CENTRAL_BANK_STORY, { status: 'draft' }))).id;
    expect(await getRelatedStories(db, draftId)).toEqual({ readAlso: [], related: [] });
  });

  it('reads the page’s headlines as getRelatedStories ranks them: stored lists, queued lists, unpublished and deleted stories', async () => {
    await ensureDefaultSections(db);
    const [economy, politics] = await db.selectFrom('categories').select(['id', 'slug', 'name']).orderBy('position').limit(2).execute();
    const bank = (await storeArticle(db, draft('المركزي المصري يرفع الفائدة', CENTRAL_BANK_STORY, { categoryId: economy?.id }))).id;
    const inflation = (await storeArticle(db, draft('تراجع التضخم في مصر', INFLATION_STORY))).id;
    const bankOther = (await storeArticle(db, draft('زيادة كبيرة في تكلفة الاقتراض', CENTRAL_BANK_OTHER_STORY, { categoryId: politics?.id }))).id;
    await storeArticle(db, draft('المغرب إلى نصف النهائي', FOOTBALL_STORY));
    const stored = await getRelatedHeadlines(db, bank);
    expect(stored.readAlso.map((story) => story.id).sort()).toEqual([inflation, bankOther].sort());
    expect(stored.readAlso.find((story) => story.id === bankOther)?.category).toEqual(politics);
    expect(stored).toEqual(headlinesOf(await getRelatedStories(db, bank)));
    // A story unpublished after the lists were stored leaves them, as it leaves getRelatedStories'.
    await db.updateTable('articles').set({ status: 'draft' }).where('id', '=', bankOther).execute();
    const withoutUnpublished = await getRelatedHeadlines(db, bank);
    expect(withoutUnpublished.readAlso.map((story) => story.id)).toContain(inflation);
    expect([...withoutUnpublished.readAlso, ...withoutUnpublished.related].map((story) => story.id)).not.toContain(bankOther);
    expect(withoutUnpublished).toEqual(headlinesOf(await getRelatedStories(db, bank)));
    // A queued list is ranked on the spot, not read from the stale stored one.
    await db.insertInto('related_queue').values({ article_id: bank }).execute();
    await db.deleteFrom('article_related').where('article_id', '=', bank).where('related_id', '=', inflation).execute();
    expect((await getRelatedHeadlines(db, bank)).readAlso[0]?.id).toBe(inflation);
    expect(await getRelatedHeadlines(db, 999)).toEqual({ readAlso: [], related: [] });
  });
});
