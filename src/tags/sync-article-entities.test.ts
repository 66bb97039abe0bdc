import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenedDatabase } from '../db/open-database.ts';
import { readCopyFile } from '../ingest/copy-files/read-copy-file.ts';
import { ingestCopies } from '../ingest/ingest-copies.ts';
import { DEMO_REFERENCE_ARTICLE } from '../demo/load-demo-content.ts';
import { afterArticlesWritten } from '../publishing/after-articles-written.ts';
import { deleteArticles } from '../publishing/delete-articles.ts';
import { storeArticle } from '../publishing/store-article.ts';
import { buildArticleDraft } from '../test-support/article-factory.ts';
import { createTestDatabase } from '../test-support/test-database.ts';
import { findArticleTags, findEntityBySlug } from './entity.repository.ts';
import { ensureEntityTagsCurrent, retagAllArticles } from './ensure-entity-tags-current.ts';
import { loadNameMemory } from './name-memory-store.ts';

const paragraphs = (...texts: string[]) => [{ heading: null, paragraphs: texts }];

async function storeReference(opened: OpenedDatabase): Promise<number> {
  const [stored] = await ingestCopies(opened.db, [await readCopyFile(DEMO_REFERENCE_ARTICLE)], { source: 'asharq' });
  return stored!.id;
}

async function countOf(opened: OpenedDatabase, slug: string): Promise<number | undefined> {
  return (await findEntityBySlug(opened.db, slug))?.article_count;
}

describe('entity tags kept at write time', () => {
  let opened: OpenedDatabase;
  beforeEach(async () => {
    opened = await createTestDatabase();
  });
  afterEach(() => opened.close());

  it('tags the reference article with the people, places and organizations it names', async () => {
    const id = await storeReference(opened);
    const tags = await findArticleTags(opened.db, id);
    const names = tags.map((tag) => `${tag.type} ${tag.canonical}`);
    expect(names).toEqual(
      expect.arrayContaining(['PER أنتوني بلينكن', 'LOC كازاخستان', 'LOC روسيا', 'LOC أوكرانيا', 'LOC أوزبكستان', 'PER فلاديمير بوتين', 'ORG الأمم المتحدة']),
    );
    // Dates and amounts are no tags.
    expect(tags.every((tag) => ['PER', 'LOC', 'ORG'].includes(tag.type))).toBe(true);
    const blinken = tags.find((tag) => tag.canonical === 'أنتوني بلينكن')!;
    expect(blinken.slug).toBe('أنتوني-بلينكن');
    expect(blinken.mentions).toBeGreaterThanOrEqual(6);
    expect(tags[0]!.mentions).toBeGreaterThanOrEqual(tags.at(-1)!.mentions);
    expect(await countOf(opened, 'كازاخستان')).toBe(1);
  });

  it('remembers names learned after a cue and finds them later without one', async () => {
    await storeReference(opened);
    const memory = await loadNameMemory(opened.db);
    expect(Object.values(memory.names).map((name) => name.canonical)).toContain('أنتوني بلينكن');
    const { id } = await storeArticle(
      opened.db,
      buildArticleDraft({ title: 'بلينكن يلتقي نظيره في أستانة', sections: paragraphs('وقال بلينكن إن المحادثات كانت مثمرة.') }),
    );
    const tags = await findArticleTags(opened.db, id);
    expect(tags.find((tag) => tag.type === 'PER')?.canonical).toBe('أنتوني بلينكن');
    expect(await countOf(opened, 'أنتوني-بلينكن')).toBe(2);
  });

  it('keeps article counts right when an article is re-written, unpublished or deleted', async () => {
    const reference = await storeReference(opened);
    const { id } = await storeArticle(
      opened.db,
      buildArticleDraft({ title: 'روسيا وكازاخستان توقعان اتفاقاً للطاقة', sections: paragraphs('وقعت روسيا وكازاخستان في موسكو اتفاقاً جديداً.') }),
    );
    expect(await countOf(opened, 'روسيا')).toBe(2);
    expect(await countOf(opened, 'كازاخستان')).toBe(2);

    // Re-written: Kazakhstan gone, Egypt new.
    await opened.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('articles')
        .set({ title: 'روسيا ومصر توقعان اتفاقاً للطاقة', sections: JSON.stringify(paragraphs('وقعت روسيا ومصر في القاهرة اتفاقاً جديداً.')) })
        .where('id', '=', id)
        .execute();
      await afterArticlesWritten(trx, [id]);
    });
    expect(await countOf(opened, 'روسيا')).toBe(2);
    expect(await countOf(opened, 'كازاخستان')).toBe(1);
    expect(await countOf(opened, 'مصر')).toBe(1);

    await opened.db.transaction().execute(async (trx) => {
      await trx.updateTable('articles').set({ status: 'draft' }).where('id', '=', id).execute();
      await afterArticlesWritten(trx, [id]);
    });
    expect(await countOf(opened, 'مصر')).toBe(0);
    expect(await findArticleTags(opened.db, id)).toEqual([]);

    expect(await deleteArticles(opened.db, [reference, 999_999])).toEqual([reference]);
    expect(await countOf(opened, 'روسيا')).toBe(0);
    expect(await countOf(opened, 'أنتوني-بلينكن')).toBe(0);
    const rows = await opened.db.selectFrom('article_entities').select('article_id').execute();
    expect(rows).toEqual([]);
  });

  describe('the name memory forgets what a deleted, unpublished or rewritten article taught', () => {
    const articles = {
      // Teaches أنتوني بلينكن.
      first: { title: 'بلينكن في آسيا الوسطى', body: 'وقال وزير الخارجية الأميركي أنتوني بلينكن إن الزيارة مهمة.', publishedAt: '2024-03-01T09:00:00.000Z' },
      // Teaches أنتوني بلينكن again, and إبراهيم رئيسي (alone).
      second: {
        title: 'بلينكن وإيران',
        body: 'وقال وزير الخارجية الأميركي أنتوني بلينكن إن الرئيس الإيراني إبراهيم رئيسي لم يرد.',
        publishedAt: '2024-03-05T09:00:00.000Z',
      },
      // Teaches the surname بلينكن, which joins the full name.
      third: { title: 'زيارة جديدة', body: 'وصل الوزير بلينكن إلى الهند.', publishedAt: '2024-03-03T09:00:00.000Z' },
    };
    type Key = keyof typeof articles;
    const store = (db: OpenedDatabase['db'], key: Key) =>
      storeArticle(db, buildArticleDraft({ externalId: key, title: articles[key].title, publishedAt: articles[key].publishedAt, sections: paragraphs(articles[key].body) }));
    const names = async (target: OpenedDatabase) =>
      (await target.db.selectFrom('entity_names').select(['key', 'type', 'canonical', 'aliases', 'sightings', 'last_seen']).orderBy('key').execute());
    /** The memory of a database that only ever stored these articles, in this order. */
    const storedOnly = async (...keys: Key[]) => {
      const fresh = await createTestDatabase();
      try {
        for (const key of keys) await store(fresh.db, key);
        return await names(fresh);
      } finally {
        await fresh.close();
      }
    };

    it('after a deletion, holds exactly what the other articles taught', async () => {
      await store(opened.db, 'first');
      const { id: second } = await store(opened.db, 'second');
      await store(opened.db, 'third');
      const before = await names(opened);
      expect(before).toContainEqual(expect.objectContaining({ canonical: 'أنتوني بلينكن', sightings: 3, last_seen: '2024-03-05' }));
      expect(before).toContainEqual(expect.objectContaining({ canonical: 'إبراهيم ريسي', sightings: 1 }));

      expect(await deleteArticles(opened.db, [second])).toEqual([second]);
      const after = await names(opened);
      // One sighting of بلينكن fewer, the day last seen back to the third's, رئيسي gone.
      expect(after).toContainEqual(expect.objectContaining({ canonical: 'أنتوني بلينكن', sightings: 2, last_seen: '2024-03-03' }));
      expect(after.map((row) => row.canonical)).not.toContain('إبراهيم ريسي');
      expect(after).toEqual(await storedOnly('first', 'third'));
      expect(await opened.db.selectFrom('entity_name_sightings').select('article_id').where('article_id', '=', second).execute()).toEqual([]);
    });

    it('forgets an unpublished article, and counts a rewritten one once', async () => {
      const { id: second } = await store(opened.db, 'second');
      await store(opened.db, 'first');
      const rewrite = async (changes: { title?: string; status?: 'draft' | 'published'; sections?: string }) =>
        opened.db.transaction().execute(async (trx) => {
          await trx.updateTable('articles').set(changes).where('id', '=', second).execute();
          await afterArticlesWritten(trx, [second]);
        });
      // Saved again unchanged: nothing counted twice.
      await rewrite({ title: articles.second.title });
      expect(await names(opened)).toEqual(await storedOnly('second', 'first'));
      // Rewritten without رئيسي: forgotten, بلينكن counted from the new text.
      await rewrite({ sections: JSON.stringify(paragraphs('وقال وزير الخارجية الأميركي أنتوني بلينكن إن المحادثات انتهت.')) });
      const rewritten = await names(opened);
      expect(rewritten.map((row) => row.canonical)).toEqual(['أنتوني بلينكن']);
      expect(rewritten[0]).toMatchObject({ sightings: 2 });
      await rewrite({ status: 'draft' });
      expect(await names(opened)).toEqual(await storedOnly('first'));
    });
  });

  it('tags a person whose medial hamza one article writes and another does not as one entity', async () => {
    for (const name of ['فائز السراج', 'فايز السراج']) {
      await storeArticle(opened.db, buildArticleDraft({ title: 'لقاء في طرابلس', sections: paragraphs(`وقال رئيس المجلس الرئاسي ${name} إن الحوار مستمر.`) }));
    }
    const people = await opened.db.selectFrom('entities').select(['canonical', 'article_count']).where('type', '=', 'PER').execute();
    expect(people).toEqual([{ canonical: 'فايز السراج', article_count: 2 }]);
  });

  it('re-tags every article when the stored tags are not current, with the same result', async () => {
    const reference = await storeReference(opened);
    const before = await findArticleTags(opened.db, reference);
    expect(await ensureEntityTagsCurrent(opened.db)).toEqual({ retagged: true, tagged: 1 });
    expect(await ensureEntityTagsCurrent(opened.db)).toEqual({ retagged: false, tagged: 0 });
    expect(await findArticleTags(opened.db, reference)).toEqual(before);
    expect(await retagAllArticles(opened.db)).toBe(1);
    expect(await countOf(opened, 'روسيا')).toBe(1);
  });

  it('gives the same name of two types two slugs', async () => {
    await opened.db.insertInto('entities').values({ type: 'LOC', canonical: 'الأهرام', slug: 'الأهرام' }).execute();
    const { id } = await storeArticle(
      opened.db,
      buildArticleDraft({ title: 'تقرير جديد', sections: paragraphs('وذكرت صحيفة "الأهرام" أن الاجتماع انتهى.') }),
    );
    const tags = await findArticleTags(opened.db, id);
    expect(tags).toContainEqual(expect.objectContaining({ type: 'ORG', canonical: 'الأهرام', slug: 'الأهرام-منظمة' }));
  });
});
