import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeArticle } from '../publishing/store-article.ts';
import { buildArticleDraft } from '../test-support/article-factory.ts';
import { createTestApp, type TestApp } from '../test-support/test-app.ts';

describe('article API', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp();
    for (let index = 0; index < 5; index += 1) await storeArticle(testApp.opened.db, buildArticleDraft({ externalId: `wire-${index}` }));
  });
  afterAll(() => testApp.close());

  it('lists the latest articles with limit and offset', async () => {
    const response = await testApp.app.inject({ url: '/api/v1/articles?limit=2&offset=1' });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.total).toBe(5);
    expect(body.articles.map((article: { externalId: string }) => article.externalId)).toEqual(['wire-3', 'wire-2']);
    expect(body.articles[0].url).toMatch(/^https:\/\/sahifa\.test\/articles\/4\//);
  });

  it('returns one article with its structure', async () => {
    const response = await testApp.app.inject({ url: '/api/v1/articles/1' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ id: 1, externalId: 'wire-0', dateline: { place: 'القاهرة', source: 'رويترز' }, sections: [{ heading: null }] });
  });

  it.each([
    ['/api/v1/articles/999', 404, /no published article with id 999/],
    ['/api/v1/articles/abc', 400, /id/],
    ['/api/v1/articles?limit=1000', 400, /limit/],
    ['/api/v1/articles?category=nope', 404, /no category "nope"/],
    ['/api/v1/nothing', 404, /no route GET \/api\/v1\/nothing/],
    ['/api/v1/%ff', 400, /not a valid url/],
  ])('answers %s with %i and an English JSON error', async (url, status, message) => {
    const response = await testApp.app.inject({ url });
    expect(response.statusCode).toBe(status);
    expect(response.json().error.message).toMatch(message);
  });
});
