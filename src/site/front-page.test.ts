import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoContentOnce } from '../demo/load-demo-content.ts';
import { addArticleViews } from '../most-read/article-views.repository.ts';
import { createTestApp, type TestApp } from '../test-support/test-app.ts';

const BROWSER = 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36';
const REFERENCE_TITLE = 'بلينكن يصل كازاخستان لمواجهة "نفوذ روسيا" في آسيا الوسطى';

function mostReadTitles(html: string): string[] {
  const block = html.match(/<ol class="most-read__list">(.*?)<\/ol>/s)?.[1] ?? '';
  return [...block.matchAll(/<a href="[^"]+">([^<]+)<\/a>/g)].map((match) => (match[1] ?? '').replaceAll('&quot;', '"'));
}

describe('front page on the demo content', () => {
  let testApp: TestApp;
  let referenceId: number;
  const beacon = (articleId: number | string, headers: Record<string, string> = {}, body?: string) =>
    testApp.app.inject({
      method: 'POST',
      url: '/api/v1/views',
      headers: { 'content-type': 'text/plain;charset=UTF-8', 'user-agent': BROWSER, ...headers },
      payload: body ?? JSON.stringify({ articleId }),
    });

  beforeAll(async () => {
    testApp = await createTestApp();
    await loadDemoContentOnce(testApp.opened.db);
    const row = await testApp.opened.db.selectFrom('articles').select('id').where('title', '=', REFERENCE_TITLE).executeTakeFirstOrThrow();
    referenceId = row.id;
  });
  afterAll(() => testApp.close());

  it('shows the lead story, the latest news, a block per section with its link, and pagination', async () => {
    const response = await testApp.app.inject({ url: '/' });
    expect(response.statusCode).toBe(200);
    const html = response.body;
    expect(html.match(/<article class="teaser teaser--lead">/g)).toHaveLength(1);
    expect(html.match(/<article class="teaser/g)).toHaveLength(20);
    for (const [slug, name] of [['international', 'سياسة دولية'], ['economy', 'اقتصاد'], ['sport', 'رياضة'], ['culture', 'ثقافة']]) {
      expect(html).toContain(`<a href="/categories/${slug}">${name}</a></h2>`);
      expect(html).toContain(`المزيد من ${name}`);
    }
    const blockItems = html.match(/<li class="section-block__item">/g) ?? [];
    expect(blockItems.length).toBeGreaterThanOrEqual(16);
    // No story appears both in the latest news and in a section block.
    const latestPaths = [...html.matchAll(/<h[23] class="teaser__title"><a href="([^"]+)"/g)].map((match) => match[1]);
    const blockPaths = [...html.matchAll(/<li class="section-block__item"><a href="([^"]+)"/g)].map((match) => match[1]);
    expect(latestPaths).toHaveLength(20);
    expect(blockPaths.filter((path) => latestPaths.includes(path))).toEqual([]);
    expect(html).toContain('href="/?page=2"');
    expect(html).toContain('الأكثر قراءة');
  });

  it('counts views from the beacon once per reader and day, ignoring bots, and ranks the most read', async () => {
    const others = await testApp.opened.db.selectFrom('articles').select('id').where('id', '!=', referenceId).orderBy('id').limit(2).execute();
    const [second, third] = others.map((row) => row.id);
    if (second === undefined || third === undefined) throw new Error('demo content missing');
    // x-forwarded-for is not trusted (no proxy configured): these are one reader, counted once.
    for (const ip of ['10.0.0.1', '10.0.0.2', '10.0.0.3']) expect((await beacon(referenceId, { 'x-forwarded-for': ip })).statusCode).toBe(204);
    // The same reader reloading, and crawlers, add nothing.
    for (let i = 0; i < 5; i += 1) expect((await beacon(second)).statusCode).toBe(204);
    expect((await beacon(second, { 'user-agent': 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)' })).statusCode).toBe(204);
    expect((await beacon(second, { 'user-agent': 'curl/8.5.0' })).statusCode).toBe(204);
    expect((await beacon(third, { 'user-agent': '' })).statusCode).toBe(204);
    const counts = async () =>
      (await testApp.opened.db.selectFrom('article_views').select(['article_id', 'views']).orderBy('article_id').execute()).map((row) => [row.article_id, row.views]);
    expect(await counts()).toEqual([[second, 1], [referenceId, 1]].sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0)));
    // Other readers behind the same address are told apart by their browsers.
    await beacon(referenceId, { 'user-agent': `${BROWSER} Edg/126.0` });
    await beacon(referenceId, { 'user-agent': `${BROWSER} OPR/110.0` });
    await beacon(third, { 'user-agent': `${BROWSER} OPR/110.0` });
    // Views older than seven days no longer count towards «الأكثر قراءة».
    await addArticleViews(testApp.opened.db, third, '2001-01-01', 1000);
    // Views change no article, so the cached home page shows them once it expires (within a minute): not waited for here.
    testApp.app.pageCache.clear();
    const html = (await testApp.app.inject({ url: '/' })).body;
    const titles = mostReadTitles(html);
    expect(titles[0]).toBe(REFERENCE_TITLE);
    expect(titles).toHaveLength(3);
  });

  it('answers bad beacons with an English JSON error and counts nothing', async () => {
    const before = await testApp.opened.db.selectFrom('article_views').select((eb) => eb.fn.sum<number>('views').as('total')).executeTakeFirstOrThrow();
    const unknown = await beacon(999_999);
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toEqual({ error: { status: 404, message: 'no article with id 999999' } });
    expect((await beacon(0, {}, 'not json')).statusCode).toBe(400);
    expect((await beacon(0, {}, '{"articleId":"1; drop table"}')).statusCode).toBe(400);
    expect((await beacon(0, {}, JSON.stringify({ articleId: 1, padding: 'x'.repeat(1000) }))).statusCode).toBe(413);
    const asJson = await testApp.app.inject({ method: 'POST', url: '/api/v1/views', headers: { 'user-agent': BROWSER }, payload: { articleId: 'x' } });
    expect(asJson.statusCode).toBe(400);
    const after = await testApp.opened.db.selectFrom('article_views').select((eb) => eb.fn.sum<number>('views').as('total')).executeTakeFirstOrThrow();
    expect(after.total).toBe(before.total);
  });

  it('lists a source on its own page with pagination, linked from the article', async () => {
    const article = (await testApp.app.inject({ url: `/articles/${referenceId}` })).headers.location;
    const html = (await testApp.app.inject({ url: String(article) })).body;
    expect(html).toContain('المصدر: <a href="/sources/asharq">الشرق</a>');
    const bbc = await testApp.app.inject({ url: '/sources/bbc' });
    expect(bbc.statusCode).toBe(200);
    expect(bbc.body).toContain('<h1 class="page-heading">أخبار بي بي سي عربي</h1>');
    expect(bbc.body).toContain('<link rel="canonical" href="https://sahifa.test/sources/bbc"/>');
    expect(bbc.body.match(/<article class="teaser/g)).toHaveLength(20);
    expect(bbc.body).toContain('href="/sources/bbc?page=2"');
    // The demo has 73 BBC articles: pages of 20, 20, 20 and 13.
    const last = await testApp.app.inject({ url: '/sources/bbc?page=4' });
    expect(last.body.match(/<article class="teaser/g)).toHaveLength(13);
    expect(last.body).toContain('href="/sources/bbc?page=3"');
    expect(last.body).not.toContain('rel="next"');
    expect((await testApp.app.inject({ url: '/sources/nobody' })).statusCode).toBe(404);
    expect((await testApp.app.inject({ url: '/sources/bbc?page=5' })).statusCode).toBe(404);
    // A category page keeps its pagination.
    const category = await testApp.app.inject({ url: '/categories/international' });
    expect(category.body).toContain('href="/categories/international?page=2"');
  });
});
