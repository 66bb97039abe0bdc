import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_REFERENCE_ARTICLE } from '../demo/load-demo-content.ts';
import { readCopyFile } from '../ingest/copy-files/read-copy-file.ts';
import { ingestCopies } from '../ingest/ingest-copies.ts';
import { storeArticle } from '../publishing/store-article.ts';
import { buildArticleDraft } from '../test-support/article-factory.ts';
import { createTestApp, type TestApp } from '../test-support/test-app.ts';

describe('entity tags in the API', () => {
  let testApp: TestApp;
  let referenceId: number;
  beforeAll(async () => {
    testApp = await createTestApp();
    const [reference] = await ingestCopies(testApp.opened.db, [await readCopyFile(DEMO_REFERENCE_ARTICLE)], { source: 'asharq' });
    referenceId = reference!.id;
    await storeArticle(
      testApp.opened.db,
      buildArticleDraft({
        title: 'كازاخستان تستضيف قمة إقليمية',
        sections: [{ heading: null, paragraphs: ['تستضيف كازاخستان قمة لدول آسيا الوسطى بحضور روسيا.'] }],
        publishedAt: '2023-03-10T08:00:00.000Z',
      }),
    );
  });
  afterAll(() => testApp.close());

  it('GET /api/v1/articles/:id carries the article entities with their tag URLs', async () => {
    const response = await testApp.app.inject({ url: `/api/v1/articles/${referenceId}` });
    expect(response.statusCode).toBe(200);
    const { entities } = response.json() as { entities: { type: string; name: string; slug: string; url: string; mentions: number }[] };
    expect(entities).toContainEqual({
      type: 'PER',
      name: 'أنتوني بلينكن',
      slug: 'أنتوني-بلينكن',
      url: `https://sahifa.test/tags/${encodeURIComponent('أنتوني-بلينكن')}`,
      mentions: expect.any(Number),
    });
    expect(entities.map((entity) => entity.name)).toEqual(expect.arrayContaining(['كازاخستان', 'روسيا', 'أوكرانيا']));
    expect(entities.some((entity) => /^\d/.test(entity.name))).toBe(false);
  });

  it('GET /api/v1/tags/:slug gives the entity, its stories newest first, companions and months', async () => {
    const response = await testApp.app.inject({ url: `/api/v1/tags/${encodeURIComponent('كازاخستان')}?limit=1` });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.tag).toMatchObject({ type: 'LOC', name: 'كازاخستان', slug: 'كازاخستان', articleCount: 2 });
    expect(body.total).toBe(2);
    expect(body.articles).toHaveLength(1);
    expect(body.articles[0].title).toBe('كازاخستان تستضيف قمة إقليمية');
    expect(body.timeline).toEqual([
      { month: '2023-02', count: 1 },
      { month: '2023-03', count: 1 },
    ]);
    expect(body.related[0]).toMatchObject({ name: 'روسيا', shared: 2 });
    const second = (await testApp.app.inject({ url: `/api/v1/tags/${encodeURIComponent('كازاخستان')}?limit=1&offset=1` })).json();
    expect(second.articles[0].id).toBe(referenceId);
  });

  it.each([
    ['/api/v1/tags/لا-يوجد', 404, /no tag "لا-يوجد"/],
    ['/api/v1/tags/x?limit=0', 400, /limit/],
  ])('answers %s with %i and an English JSON error', async (url, status, message) => {
    const response = await testApp.app.inject({ url: encodeURI(url) });
    expect(response.statusCode).toBe(status);
    expect(response.json().error.message).toMatch(message);
  });
});
