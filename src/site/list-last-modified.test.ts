import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertCategory } from '../articles/article.repository.ts';
import { storeArticle } from '../publishing/store-article.ts';
import { buildArticleDraft } from '../test-support/article-factory.ts';
import { createTestApp, type TestApp } from '../test-support/test-app.ts';

const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0';

describe('Last-Modified of the pages that list articles', () => {
  let testApp: TestApp;
  let articleId: number;
  beforeAll(async () => {
    testApp = await createTestApp({ pageCacheBytes: 0 });
    const categoryId = await insertCategory(testApp.opened.db, { slug: 'world', name: 'العالم' });
    articleId = (await storeArticle(testApp.opened.db, buildArticleDraft({ categoryId, source: 'BBC' }), new Date('2026-11-01T10:00:00Z'))).id;
    await testApp.app.inject({ url: `/articles/${articleId}` });
  });
  afterAll(() => testApp.close());

  const get = (url: string, headers: Record<string, string> = {}) => testApp.app.inject({ url, headers });
  const listPages = async () => {
    const tag = (await get(`/articles/${articleId}`, {})).headers.location;
    const html = (await get(String(tag))).body;
    const tagPath = html.match(/href="(\/tags\/[^"]+)"/)?.[1];
    return ['/', '/?page=1', '/categories/world', '/sources/bbc', ...(tagPath ? [tagPath] : [])];
  };

  it('sends the time of the last content change, answers If-Modified-Since with 304, and 200 again after a publication', async () => {
    const pages = await listPages();
    expect(pages.some((page) => page.startsWith('/tags/'))).toBe(true);
    const changedAt = new Date(String((await get('/')).headers['last-modified']));
    expect(Number.isNaN(changedAt.getTime())).toBe(false);
    for (const page of pages) {
      const first = await get(page);
      expect(first.statusCode, page).toBe(200);
      expect(first.headers['last-modified'], page).toBe(changedAt.toUTCString());
      const again = await get(page, { 'if-modified-since': String(first.headers['last-modified']) });
      expect(again.statusCode, page).toBe(304);
      expect(again.body).toBe('');
    }
    // A second later, a publication: every list has changed.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await storeArticle(testApp.opened.db, buildArticleDraft({ source: 'BBC' }));
    for (const page of pages) {
      const after = await get(page, { 'if-modified-since': changedAt.toUTCString() });
      expect(after.statusCode, page).toBe(200);
      expect(new Date(String(after.headers['last-modified'])).getTime(), page).toBeGreaterThan(changedAt.getTime());
    }
  });

  it('moves an article page on when another article is written (its related stories may have changed)', async () => {
    const page = String((await get(`/articles/${articleId}`)).headers.location);
    const before = String((await get(page)).headers['last-modified']);
    expect((await get(page, { 'if-modified-since': before })).statusCode).toBe(304);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await storeArticle(testApp.opened.db, buildArticleDraft({ source: 'BBC' }));
    const after = await get(page, { 'if-modified-since': before });
    expect(after.statusCode).toBe(200);
    expect(Date.parse(String(after.headers['last-modified']))).toBeGreaterThan(Date.parse(before));
  });

  it('moves the home page on when a view is counted («الأكثر قراءة» may have changed), not the other lists', async () => {
    const home = String((await get('/')).headers['last-modified']);
    const section = String((await get('/categories/world')).headers['last-modified']);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const beacon = await testApp.app.inject({
      method: 'POST',
      url: '/api/v1/views',
      headers: { 'content-type': 'text/plain;charset=UTF-8', 'user-agent': BROWSER },
      payload: JSON.stringify({ articleId }),
    });
    expect(beacon.statusCode).toBe(204);
    expect((await get('/', { 'if-modified-since': home })).statusCode).toBe(200);
    expect((await get('/categories/world', { 'if-modified-since': section })).statusCode).toBe(304);
  });
});
