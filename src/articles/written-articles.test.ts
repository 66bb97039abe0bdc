import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenedDatabase } from '../db/open-database.ts';
import { storeArticle } from '../publishing/store-article.ts';
import { buildArticleDraft } from '../test-support/article-factory.ts';
import { createTestDatabase } from '../test-support/test-database.ts';
import { WrittenArticles, type ArticleDerivation } from './written-articles.ts';

const wordCount: ArticleDerivation<number> = {
  name: 'test.wordCount',
  derive: ({ analysis }) => analysis().title.words.length + analysis().body.words.length,
};

describe('WrittenArticles.derived', () => {
  let opened: OpenedDatabase;
  beforeEach(async () => {
    opened = await createTestDatabase();
  });
  afterEach(async () => {
    await opened.close();
  });

  it('takes a value derived ahead from the same text, derives it anew from any other, and derives once', async () => {
    const draft = buildArticleDraft({ externalId: 'wire-1' });
    const { id } = await storeArticle(opened.db, draft);
    const sections = JSON.stringify(draft.sections);

    const ahead = await WrittenArticles.read(opened.db, [id], new Map([['wire-1', { title: draft.title, sections, derived: { 'test.wordCount': -1 } }]]));
    expect(ahead.derived(ahead.get(id)!, wordCount)).toBe(-1);

    // Prepared from another text (an edited body): not used.
    const edited = JSON.stringify([...draft.sections, { heading: null, paragraphs: ['أمس'] }]);
    const stale = await WrittenArticles.read(opened.db, [id], new Map([['wire-1', { title: draft.title, sections: edited, derived: { 'test.wordCount': -1 } }]]));
    const counted = stale.derived(stale.get(id)!, wordCount);
    expect(counted).toBeGreaterThan(10);
    const plain = await WrittenArticles.read(opened.db, [id]);
    expect(plain.derived(plain.get(id)!, wordCount)).toBe(counted);

    let calls = 0;
    const counting: ArticleDerivation<number> = { name: 'test.calls', derive: () => ++calls };
    expect([plain.derived(plain.get(id)!, counting), plain.derived(plain.get(id)!, counting)]).toEqual([1, 1]);
  });
});
