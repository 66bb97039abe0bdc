import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeArticle } from '../publishing/store-article.ts';
import { buildArticleDraft } from '../test-support/article-factory.ts';
import { createTestApp, type TestApp } from '../test-support/test-app.ts';

describe('search API', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp();
    await storeArticle(
      testApp.opened.db,
      buildArticleDraft({ externalId: 'wire-kz', title: 'بلينكن في أستانة', sections: [{ heading: null, paragraphs: ['فرضت الولايات المتحدة العقوبات على موسكو.'] }] }),
    );
  });
  afterAll(() => testApp.close());

  it('returns {total, results} with the documented fields', async () => {
    const response = await testApp.app.inject({ url: `/api/v1/search?q=${encodeURIComponent('عقوبات')}&limit=5` });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.total).toBe(1);
    expect(Object.keys(body.results[0]).sort()).toEqual(['externalId', 'id', 'publishedAt', 'score', 'snippet', 'title', 'url']);
    expect(body.results[0]).toMatchObject({ externalId: 'wire-kz', title: 'بلينكن في أستانة' });
    expect(body.results[0].snippet).toContain('<mark>العقوبات</mark>');
    expect(body.results[0].url).toMatch(/^https:\/\/sahifa\.test\/articles\/1\//);
  });

  it('answers a 10,000-character query with results or an empty list', async () => {
    const response = await testApp.app.inject({ url: `/api/v1/search?q=${'ab '.repeat(3334)}` });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ total: 0, results: [] });
  });

  it('refuses a missing query and bad paging with English 400s', async () => {
    expect((await testApp.app.inject({ url: '/api/v1/search' })).statusCode).toBe(400);
    expect((await testApp.app.inject({ url: '/api/v1/search?q=x&limit=0' })).json().error.message).toMatch(/limit/);
  });
});
