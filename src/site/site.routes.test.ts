import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeArticle } from '../publishing/store-article.ts';
import { resolveCategoryId } from '../articles/resolve-category.ts';
import { buildArticleDraft } from '../test-support/article-factory.ts';
import { createTestApp, type TestApp } from '../test-support/test-app.ts';

describe('site pages', () => {
  let testApp: TestApp;
  let articleId: number;
  const title = 'بلينكن يصل كازاخستان لمواجهة "نفوذ روسيا" في آسيا الوسطى';
  const slug = 'بلينكن-يصل-كازاخستان-لمواجهة-نفوذ-روسيا-في-آسيا-الوسطى';
  const canonicalPath = `/articles/1/${encodeURIComponent(slug)}`;

  beforeAll(async () => {
    testApp = await createTestApp();
    const { db } = testApp.opened;
    const categoryId = await resolveCategoryId(db, 'internationalNews');
    ({ id: articleId } = await storeArticle(
      db,
      buildArticleDraft({
        title,
        categoryId,
        image: { caption: 'وزير الخارجية الأميركي أنتوني بلينكن.', credit: 'twitter.com/SecBlinken', place: 'أستانة', date: '2023-02-28' },
        dateline: { place: 'دبي', source: 'الشرق' },
        sections: [
          { heading: null, paragraphs: ['وصل وزير الخارجية الأميركي أنتوني بلينكن، الثلاثاء، إلى كازاخستان.'] },
          { heading: 'جهود لعزل موسكو', paragraphs: ['لكن مسؤولين أميركيين أشاروا إلى <script>alert(1)</script> التصريحات.'] },
        ],
        publishedAt: '2023-02-28T00:00:00.000Z',
      }),
    ));
    for (let index = 0; index < 25; index += 1) await storeArticle(db, buildArticleDraft({ publishedAt: `2022-01-${String((index % 28) + 1).padStart(2, '0')}T10:00:00.000Z` }));
  });
  afterAll(() => testApp.close());

  it('serves the article at its canonical URL as an Arabic RTL page', async () => {
    const response = await testApp.app.inject({ url: canonicalPath });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    const html = response.body;
    expect(html).toMatch(/^<!doctype html><html lang="ar" dir="rtl">/);
    expect(html).toContain(`<h1 class="article__title">${title.replaceAll('"', '&quot;')}</h1>`);
    expect(html).toContain('الثلاثاء 28 فبراير 2023');
    expect(html).toContain('<h2>جهود لعزل موسكو</h2>');
    expect(html).toContain('twitter.com/SecBlinken');
    expect(html).toContain('أستانة');
    expect(html).toContain('دبي - الشرق');
    expect(html).toContain(`<link rel="canonical" href="https://sahifa.test${canonicalPath}"/>`);
    expect(html).toContain('سياسة دولية');
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script>alert(1)&lt;/script>');
    expect(articleId).toBe(1);
  });

  it('lets browsers and CDNs cache pages and revalidate them with a 304', async () => {
    const first = await testApp.app.inject({ url: canonicalPath });
    expect(first.headers['cache-control']).toBe('public, max-age=60, s-maxage=300, stale-while-revalidate=600');
    expect(first.headers['last-modified']).toMatch(/GMT$/);
    const etag = first.headers.etag;
    expect(etag).toMatch(/^W\/"/);
    const again = await testApp.app.inject({ url: canonicalPath, headers: { 'if-none-match': String(etag) } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    const missing = await testApp.app.inject({ url: '/articles/999/x' });
    expect(missing.headers['cache-control']).toBe('no-store');
  });

  it('describes the article to search engines and social networks', async () => {
    const html = (await testApp.app.inject({ url: canonicalPath })).body;
    const scripts = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].map((match) => JSON.parse(match[1] ?? ''));
    expect(scripts[0]).toMatchObject({
      '@type': 'NewsArticle',
      headline: title,
      datePublished: '2023-02-28T00:00:00.000Z',
      articleSection: 'سياسة دولية',
      mainEntityOfPage: { '@id': `https://sahifa.test${canonicalPath}` },
      publisher: { name: 'صحيفة' },
    });
    expect(scripts[1].itemListElement.map((item: { name: string }) => item.name)).toEqual(['الرئيسية', 'سياسة دولية', title]);
    expect(html).toContain('<meta property="og:type" content="article"/>');
    expect(html).toContain('<meta property="og:locale" content="ar_AR"/>');
    expect(html).toContain('<nav class="breadcrumbs"');
    // A script in the text cannot escape the JSON-LD block.
    expect(html.match(/<\/script>/g)).toHaveLength(html.match(/<script[ >]/g)?.length ?? 0);
  });

  it.each([['/articles/1'], ['/articles/1/wrong-slug'], [`/articles/1/${encodeURIComponent('بلينكن')}`]])('moves %s permanently to the canonical URL', async (url) => {
    const response = await testApp.app.inject({ url });
    expect(response.statusCode).toBe(301);
    expect(response.headers.location).toBe(canonicalPath);
  });

  it.each([['/articles/999/x'], ['/articles/abc/x'], ['/articles/0'], ['/no-such-page'], ['/categories/nothing'], ['/?page=99'], ['/%ff'], ['/articles/1/%E0%A4%A']])(
    'answers %s with the Arabic not-found page and the navigation',
    async (url) => {
      const response = await testApp.app.inject({ url });
      expect(response.statusCode).toBe(404);
      expect(response.body).toContain('الصفحة غير موجودة');
      expect(response.body).toContain('<nav class="site-nav"');
      expect(response.body).toContain('dir="rtl"');
    },
  );

  it('answers a malformed query with an Arabic bad-request page', async () => {
    const response = await testApp.app.inject({ url: '/?page=abc' });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('طلب غير صالح');
  });

  it('lists the latest articles on the home page, newest first, 20 a page', async () => {
    const first = await testApp.app.inject({ url: '/' });
    expect(first.statusCode).toBe(200);
    expect(first.body.indexOf(title.slice(0, 20))).toBeGreaterThan(0);
    expect(first.body.match(/<article class="teaser/g)).toHaveLength(20);
    expect(first.body).toContain('href="/?page=2"');
    const second = await testApp.app.inject({ url: '/?page=2' });
    expect(second.body.match(/<article class="teaser/g)).toHaveLength(6);
  });

  it('lists a category page', async () => {
    const response = await testApp.app.inject({ url: '/categories/international' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<h1 class="page-heading">سياسة دولية</h1>');
    expect(response.body.match(/<article class="teaser/g)).toHaveLength(1);
  });

  it('serves the stylesheet and the self-hosted fonts with long caching', async () => {
    const home = await testApp.app.inject({ url: '/' });
    const stylesheet = home.body.match(/href="(\/assets\/site-[0-9a-f]+\.css)"/)?.[1];
    expect(stylesheet).toBeDefined();
    const css = await testApp.app.inject({ url: stylesheet ?? '' });
    expect(css.statusCode).toBe(200);
    expect(css.body).toContain('font-display: swap');
    expect(css.headers['cache-control']).toContain('immutable');
    const font = await testApp.app.inject({ url: '/assets/fonts/noto-naskh-arabic-arabic-400-normal.woff2' });
    expect(font.statusCode).toBe(200);
    expect(font.rawPayload.subarray(0, 4).toString('latin1')).toBe('wOF2');
    const outside = await testApp.app.inject({ url: '/assets/fonts/..%2Fpackage.json' });
    expect(outside.statusCode).toBe(404);
  });
});
