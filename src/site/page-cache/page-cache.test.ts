import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articlePath } from '../../articles/article-path.ts';
import { getPublishedArticle } from '../../articles/article.service.ts';
import { openDatabase } from '../../db/open-database.ts';
import { bumpContentVersion } from '../../publishing/content-version.ts';
import { storeArticle } from '../../publishing/store-article.ts';
import { buildArticleDraft } from '../../test-support/article-factory.ts';
import { createTestApp, type TestApp } from '../../test-support/test-app.ts';
import { createTemporaryDirectory } from '../../test-support/test-database.ts';

async function pathOf(testApp: TestApp, id: number): Promise<string> {
  const article = await getPublishedArticle(testApp.opened.db, id);
  if (!article) throw new Error(`no article ${id}`);
  return articlePath(article);
}

describe('page cache', () => {
  let testApp: TestApp;
  let firstPath: string;

  beforeAll(async () => {
    testApp = await createTestApp();
    const { id } = await storeArticle(testApp.opened.db, buildArticleDraft({ title: 'بلينكن يصل كازاخستان لمواجهة نفوذ روسيا' }));
    for (let index = 0; index < 5; index += 1) await storeArticle(testApp.opened.db, buildArticleDraft());
    firstPath = await pathOf(testApp, id);
  });
  afterAll(() => testApp.close());

  it('renders a page once and serves the same bytes from memory after', async () => {
    const first = await testApp.app.inject({ url: firstPath });
    const second = await testApp.app.inject({ url: firstPath });
    expect(first.statusCode).toBe(200);
    expect(first.headers['x-page-cache']).toBe('miss');
    expect(second.headers['x-page-cache']).toBe('hit');
    expect(second.body).toBe(first.body);
    for (const header of ['content-type', 'cache-control', 'last-modified', 'etag']) expect(second.headers[header]).toBe(first.headers[header]);
    expect(second.headers.vary).toBe('accept-encoding');
  });

  it('treats spellings of one request alike: percent-encoding case, trailing slash, parameter order', async () => {
    const lower = firstPath.replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase());
    expect((await testApp.app.inject({ url: lower })).headers['x-page-cache']).toBe('hit');
    await testApp.app.inject({ url: '/search?q=%D9%83%D8%A7%D8%B2%D8%A7%D8%AE%D8%B3%D8%AA%D8%A7%D9%86&sort=date' });
    const reordered = await testApp.app.inject({ url: '/search/?sort=date&q=كازاخستان' });
    expect(reordered.headers['x-page-cache']).toBe('hit');
    expect(reordered.body).toContain('كازاخستان');
  });

  it('renders again the moment an article is stored, and sees it', async () => {
    expect((await testApp.app.inject({ url: '/' })).headers['x-page-cache']).toBeDefined();
    expect((await testApp.app.inject({ url: '/' })).headers['x-page-cache']).toBe('hit');
    await storeArticle(testApp.opened.db, buildArticleDraft({ title: 'خبر عاجل نشر للتو في الصفحة الأولى' }));
    const after = await testApp.app.inject({ url: '/' });
    expect(after.headers['x-page-cache']).toBe('miss');
    expect(after.body).toContain('خبر عاجل نشر للتو في الصفحة الأولى');
    expect((await testApp.app.inject({ url: '/feed.xml' })).body).toContain('خبر عاجل نشر للتو في الصفحة الأولى');
  });

  it('keeps the Brotli and gzip forms, each made once, chosen by Accept-Encoding', async () => {
    const plain = await testApp.app.inject({ url: firstPath });
    const br = await testApp.app.inject({ url: firstPath, headers: { 'accept-encoding': 'gzip, deflate, br' } });
    const brAgain = await testApp.app.inject({ url: firstPath, headers: { 'accept-encoding': 'br;q=1, gzip;q=0.8' } });
    const gzip = await testApp.app.inject({ url: firstPath, headers: { 'accept-encoding': 'gzip' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(zlib.brotliDecompressSync(br.rawPayload).toString('utf8')).toBe(plain.body);
    expect(brAgain.headers['x-page-cache']).toBe('hit');
    expect(brAgain.rawPayload.equals(br.rawPayload)).toBe(true);
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gzip.rawPayload).toString('utf8')).toBe(plain.body);
    expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);
    expect(Number(br.headers['content-length'])).toBe(br.rawPayload.length);
    for (const response of [br, gzip]) {
      expect(response.headers.etag).toBe(plain.headers.etag);
      expect(response.headers.vary).toBe('accept-encoding');
    }
    const identity = await testApp.app.inject({ url: firstPath, headers: { 'accept-encoding': 'identity, br;q=0' } });
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.body).toBe(plain.body);
  });

  it('answers a reader whose copy is current with a 304, from the cache as when rendering', async () => {
    await storeArticle(testApp.opened.db, buildArticleDraft());
    const fresh = await testApp.app.inject({ url: firstPath });
    expect(fresh.headers['x-page-cache']).toBe('miss');
    const { etag } = fresh.headers;
    const lastModified = String(fresh.headers['last-modified']);
    const byEtag = await testApp.app.inject({ url: firstPath, headers: { 'if-none-match': `"other", ${etag}`, 'accept-encoding': 'br' } });
    expect(byEtag.statusCode).toBe(304);
    expect(byEtag.body).toBe('');
    expect(byEtag.headers.etag).toBe(etag);
    const byDate = await testApp.app.inject({ url: firstPath, headers: { 'if-modified-since': lastModified } });
    expect(byDate.statusCode).toBe(304);
    const olderCopy = await testApp.app.inject({ url: firstPath, headers: { 'if-modified-since': new Date(Date.parse(lastModified) - 1000).toUTCString() } });
    expect(olderCopy.statusCode).toBe(200);
    const changedCopy = await testApp.app.inject({ url: firstPath, headers: { 'if-none-match': 'W/"stale"', 'if-modified-since': lastModified } });
    expect(changedCopy.statusCode).toBe(200);
    // The first request after a write renders, and still answers a current copy with a 304 when the
    // write left this page as it was (a new article may enter this one's related stories, so bump the version only).
    await bumpContentVersion(testApp.opened.db);
    const renderedAgain = await testApp.app.inject({ url: firstPath, headers: { 'if-none-match': String(etag) } });
    expect(renderedAgain.headers['x-page-cache']).toBe('miss');
    expect(renderedAgain.statusCode).toBe(304);
  });

  it('answers HEAD from the cache with the headers and no body', async () => {
    const get = await testApp.app.inject({ url: firstPath });
    const head = await testApp.app.inject({ method: 'HEAD', url: firstPath });
    expect(head.statusCode).toBe(200);
    expect(head.headers['x-page-cache']).toBe('hit');
    expect(head.body).toBe('');
    expect(head.headers['content-length']).toBe(String(get.rawPayload.length));
  });

  it('never keeps error pages, nor serves or keeps pages for requests with a cookie or credentials', async () => {
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const missing = await testApp.app.inject({ url: '/articles/999999/x' });
      expect(missing.statusCode).toBe(404);
      expect(missing.headers['x-page-cache']).toBeUndefined();
      expect(missing.headers['cache-control']).toBe('no-store');
    }
    for (const headers of [{ cookie: 'session=abc' }, { authorization: 'Bearer abc' }]) {
      const response = await testApp.app.inject({ url: firstPath, headers });
      expect(response.statusCode).toBe(200);
      expect(response.headers['x-page-cache']).toBeUndefined();
    }
    const api = await testApp.app.inject({ url: '/api/v1/articles' });
    expect(api.headers['x-page-cache']).toBeUndefined();
  });
});

describe('page cache rules for routes', () => {
  let testApp: TestApp;
  const renders: Record<string, number> = {};

  beforeAll(async () => {
    testApp = await createTestApp();
    const { app } = testApp;
    const count = (name: string) => (renders[name] = (renders[name] ?? 0) + 1);
    app.get('/test/cookie', async (_request, reply) => reply.header('set-cookie', 'a=1').type('text/html').send(`<p>${count('cookie')}</p>`));
    app.get('/test/private', async (_request, reply) => reply.header('cache-control', 'private, max-age=60').type('text/html').send(`<p>${count('private')}</p>`));
    app.get('/test/vary', async (_request, reply) => reply.header('vary', 'accept-language').type('text/html').send(`<p>${count('vary')}</p>`));
    app.get('/test/opted-out', { config: { pageCache: false } }, async (_request, reply) => reply.type('text/html').send(`<p>${count('opted-out')}</p>`));
    app.get('/test/image', async (_request, reply) => reply.type('image/png').send(Buffer.from([count('image')])));
    app.get('/test/page', async (_request, reply) => reply.type('text/html').send(`<p>${count('page')}</p>`));
  });
  afterAll(() => testApp.close());

  it('keeps a plain page, and not what a shared cache must not keep', async () => {
    for (const name of ['cookie', 'private', 'vary', 'opted-out', 'image', 'page']) {
      await testApp.app.inject({ url: `/test/${name}` });
      await testApp.app.inject({ url: `/test/${name}` });
    }
    expect(renders).toEqual({ cookie: 2, private: 2, vary: 2, 'opted-out': 2, image: 2, page: 1 });
  });

  it('lets many readers asking at once for a new page wait for one render', async () => {
    const responses = await Promise.all(Array.from({ length: 20 }, () => testApp.app.inject({ url: '/test/page?burst=1' })));
    expect(renders.page).toBe(2);
    expect(new Set(responses.map((response) => response.body)).size).toBe(1);
  });
});

describe('page cache size', () => {
  let testApp: TestApp;
  const maxBytes = 160 * 1024;

  beforeAll(async () => {
    testApp = await createTestApp({ pageCacheBytes: maxBytes });
    for (let index = 0; index < 16; index += 1) await storeArticle(testApp.opened.db, buildArticleDraft());
  });
  afterAll(() => testApp.close());

  it('stays within its bound, letting the least recently used pages go', async () => {
    const paths = await Promise.all(Array.from({ length: 16 }, (_unused, index) => pathOf(testApp, index + 1)));
    const first = paths[0] as string;
    await testApp.app.inject({ url: first });
    let largest = 0;
    for (const url of paths.slice(1)) {
      await testApp.app.inject({ url, headers: { 'accept-encoding': 'br' } });
      await testApp.app.inject({ url: first }); // kept in use, so never the least recently used
      largest = Math.max(largest, testApp.app.pageCache.statistics().bytes);
    }
    const { entries, bytes } = testApp.app.pageCache.statistics();
    expect(entries).toBeGreaterThan(1);
    expect(largest).toBeLessThanOrEqual(maxBytes);
    expect(bytes).toBeGreaterThan(maxBytes / 2);
    expect(entries).toBeLessThan(paths.length);
    expect((await testApp.app.inject({ url: first })).headers['x-page-cache']).toBe('hit');
    expect((await testApp.app.inject({ url: paths[1] as string })).headers['x-page-cache']).toBe('miss');
  });

  it('is off at size 0: every page rendered, still compressed and revalidated', async () => {
    const off = await createTestApp({ pageCacheBytes: 0 }, await openDatabase(':memory:'));
    try {
      await storeArticle(off.opened.db, buildArticleDraft());
      const first = await off.app.inject({ url: '/', headers: { 'accept-encoding': 'gzip' } });
      expect(first.headers['x-page-cache']).toBeUndefined();
      expect(first.headers['content-encoding']).toBe('gzip');
      const again = await off.app.inject({ url: '/', headers: { 'if-none-match': String(first.headers.etag) } });
      expect(again.statusCode).toBe(304);
      expect(off.app.pageCache.statistics()).toMatchObject({ entries: 0, hits: 0 });
    } finally {
      await off.close();
    }
  });
});

describe('page cache across processes', () => {
  it('renders again when another process on the same database stores an article', async () => {
    const temporary = createTemporaryDirectory();
    const file = path.join(temporary.directory, 'shared.db');
    const reader = await createTestApp({}, await openDatabase(file));
    const writer = await createTestApp({}, await openDatabase(file));
    try {
      await storeArticle(writer.opened.db, buildArticleDraft());
      await reader.app.inject({ url: '/' });
      expect((await reader.app.inject({ url: '/' })).headers['x-page-cache']).toBe('hit');
      await storeArticle(writer.opened.db, buildArticleDraft({ title: 'خبر كتبته عملية أخرى على القاعدة نفسها' }));
      const after = await reader.app.inject({ url: '/' });
      expect(after.headers['x-page-cache']).toBe('miss');
      expect(after.body).toContain('خبر كتبته عملية أخرى على القاعدة نفسها');
    } finally {
      await reader.close();
      await writer.close();
      temporary.remove();
    }
  });
});
