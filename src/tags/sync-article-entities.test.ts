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
