import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveCategoryId } from '../articles/resolve-category.ts';
import { storeArticle } from '../publishing/store-article.ts';
import { buildArticleDraft } from '../test-support/article-factory.ts';
import { createTestApp, type TestApp } from '../test-support/test-app.ts';
import { categorizedArticlesFingerprint } from './categories.repository.ts';
import { countQueuedRelated } from '../related/index.ts';
import { isCategoryModelStale, retrainCategoryModel } from './retrain-category-model.ts';
import { AUTO_FILE_CONFIDENCE } from './suggest-categories.ts';
import { buildLabeledCorpus } from './test-corpus.ts';

const uncategorized = (title: string, body: string) => buildArticleDraft({ title, categoryId: null, source: 'wire', sections: [{ heading: null, paragraphs: [body] }] });

describe('category suggestions', () => {
  let testApp: TestApp;
  let early: number;
  beforeAll(async () => {
    testApp = await createTestApp();
    const { db } = testApp.opened;
    for (const [index, article] of buildLabeledCorpus(10).entries()) {
      const categoryId = await resolveCategoryId(db, article.category);
      await storeArticle(db, buildArticleDraft({ externalId: `labeled-${index}`, title: article.title, source: article.source, categoryId, sections: [{ heading: null, paragraphs: article.body.split('\n') }] }));
    }
    // Written before any model: it waits for the first training.
    early = (await storeArticle(db, uncategorized('المنتخب يفوز في المباراة النهائية', 'سجل المهاجم هدف الفوز وتأهل المنتخب إلى نهائي البطولة واحتفل الجمهور في الملعب.'))).id;
  });
  afterAll(() => testApp.close());

  const row = (id: number) =>
    testApp.opened.db
      .selectFrom('articles')
      .leftJoin('categories', 'categories.id', 'articles.category_id')
      .select(['categories.slug', 'articles.suggested_category_id', 'articles.category_confidence', 'articles.category_auto_filed'])
      .where('articles.id', '=', id)
      .executeTakeFirstOrThrow();

  it('trains once on the categorized articles and files the waiting article, queuing its related stories again', async () => {
    const { db } = testApp.opened;
    expect(await row(early)).toMatchObject({ slug: null, suggested_category_id: null });
    expect(await countQueuedRelated(db)).toBe(0);
    expect(await isCategoryModelStale(db)).toBe(true);
    const trained = await retrainCategoryModel(db);
    expect(trained).toMatchObject({ status: 'trained', articles: 30, categories: 3, suggested: 1, filed: 1 });
    expect(await row(early)).toMatchObject({ slug: 'sport', category_auto_filed: 1 });
    expect((await row(early)).category_confidence).toBeGreaterThanOrEqual(AUTO_FILE_CONFIDENCE);
    expect(await countQueuedRelated(db)).toBe(1);
    // Filed by the classifier, it is no training article: the model stays current.
    expect(await isCategoryModelStale(db)).toBe(false);
    expect(await retrainCategoryModel(db)).toEqual({ status: 'current', articles: 30 });
  });

  it('suggests at write time, filing only a confident suggestion', async () => {
    const { db } = testApp.opened;
    const fingerprint = await categorizedArticlesFingerprint(db);
    const confident = await storeArticle(db, uncategorized('البنك المركزي يرفع الفائدة', 'قرر البنك المركزي رفع سعر الفائدة لمواجهة التضخم وتراجعت الأسهم في البورصة وسط مخاوف المستثمرين.'));
    expect(await row(confident.id)).toMatchObject({ slug: 'economy', category_auto_filed: 1 });
    const unsure = await storeArticle(db, uncategorized('غيوم', 'أمطار غزيرة على السواحل.'));
    const unsureRow = await row(unsure.id);
    expect(unsureRow).toMatchObject({ slug: null, category_auto_filed: 0 });
    expect(unsureRow.suggested_category_id).not.toBeNull();
    expect(unsureRow.category_confidence).toBeLessThan(AUTO_FILE_CONFIDENCE);
    expect(await categorizedArticlesFingerprint(db)).toBe(fingerprint);
  });

  it('shows the section, the suggestion and who filed it in the API', async () => {
    const filed = (await testApp.app.inject({ url: `/api/v1/articles/${early}` })).json();
    expect(filed).toMatchObject({ category: { slug: 'sport', name: 'رياضة' }, categoryAutoFiled: true, suggestedCategory: { slug: 'sport', name: 'رياضة' }, duplicateOf: null });
    expect(filed.suggestedCategory.confidence).toBeGreaterThanOrEqual(AUTO_FILE_CONFIDENCE);
    const editors = (await testApp.app.inject({ url: '/api/v1/articles/1' })).json();
    expect(editors).toMatchObject({ categoryAutoFiled: false, suggestedCategory: null });
    expect(editors.category).not.toBeNull();
    const waiting = (await testApp.app.inject({ url: '/api/v1/articles' })).json().articles.find((article: { title: string }) => article.title === 'غيوم');
    const detail = (await testApp.app.inject({ url: `/api/v1/articles/${waiting.id}` })).json();
    expect(detail).toMatchObject({ category: null, categoryAutoFiled: false, suggestedCategory: { slug: expect.any(String), confidence: expect.any(Number) } });
  });
});
