import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveCategoryId } from '../articles/resolve-category.ts';
import { storeArticle } from '../publishing/store-article.ts';
import { buildArticleDraft } from '../test-support/article-factory.ts';
import { createTestApp, type TestApp } from '../test-support/test-app.ts';
import { readCopyFile } from '../ingest/copy-files/read-copy-file.ts';
import { ingestCopies } from '../ingest/ingest-copies.ts';
import { DEMO_REFERENCE_ARTICLE } from '../demo/load-demo-content.ts';

describe('article page tools: dates, sharing, printing, the script budget', () => {
  let testApp: TestApp;
  let html: string;
  let canonical: string;

  beforeAll(async () => {
    testApp = await createTestApp();
    const [stored] = await ingestCopies(testApp.opened.db, [await readCopyFile(DEMO_REFERENCE_ARTICLE)], { category: 'international', source: 'asharq' });
    const location = (await testApp.app.inject({ url: `/articles/${stored?.id}` })).headers.location;
    canonical = `https://sahifa.test${location}`;
    html = (await testApp.app.inject({ url: String(location) })).body;
  });
  afterAll(() => testApp.close());

  it('renders the absolute Arabic date inside <time datetime> for the script to make relative', () => {
    expect(html).toContain('<time datetime="2023-02-28T00:00:00.000Z" data-relative>الثلاثاء 28 فبراير 2023</time>');
  });

  it('offers plain share links with the canonical URL, and no third-party script', () => {
    const url = encodeURIComponent(canonical);
    expect(html).toContain(`href="https://www.facebook.com/sharer/sharer.php?u=${url}"`);
    expect(html).toContain(`href="https://t.me/share/url?url=${url}&amp;text=`);
    expect(html).toContain(`href="https://x.com/intent/tweet?text=`);
    expect(html).toContain('href="https://wa.me/?text=');
    expect(html).toContain(`href="mailto:?subject=`);
    expect(html).toContain('aria-label="شارك الخبر على واتساب"');
    expect(html).toContain(`data-copy-link="${canonical}"`);
    expect(html).toMatch(/<button type="button" class="share__button" data-print hidden>طباعة<\/button>/);
    const scripts = [...html.matchAll(/<script([^>]*)>/g)].map((match) => match[1] ?? '');
    const external = scripts.filter((attributes) => attributes.includes('src='));
    expect(external).toHaveLength(1);
    expect(external[0]).toMatch(/src="\/assets\/site-[0-9a-f]{12}\.js" defer/);
  });

  it('prints the article URL and hides navigation and sharing in print', async () => {
    expect(html).toContain(`<p class="print-url">رابط الخبر: <bdi>${canonical}</bdi></p>`);
    const stylesheet = html.match(/href="(\/assets\/site-[0-9a-f]+\.css)"/)?.[1] ?? '';
    const css = (await testApp.app.inject({ url: stylesheet })).body;
    const print = css.split('@media print').slice(1).join('\n');
    for (const selector of ['.site-header', '.share', '.breadcrumbs', '.site-footer']) expect(print).toContain(selector);
    expect(print).toMatch(/\.print-url \{\s+display: block;/);
  });

  it('keeps all JavaScript within 10 KB, served with long caching', async () => {
    const src = html.match(/<script src="([^"]+)"/)?.[1] ?? '';
    const script = await testApp.app.inject({ url: src });
    expect(script.statusCode).toBe(200);
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.headers['cache-control']).toContain('immutable');
    expect(script.rawPayload.length).toBeLessThanOrEqual(10 * 1024);
    expect(script.body).toContain("Intl.RelativeTimeFormat('ar-u-nu-latn'");
    expect(script.body).toContain('sendBeacon');
    expect(fs.readFileSync(new URL('./assets/site.js', import.meta.url)).length).toBe(script.rawPayload.length);
  });

  it('renders a caption without an image as a plain caption block', async () => {
    const figure = html.match(/<figure class="article__figure[^"]*">.*?<\/figure>/s)?.[0] ?? '';
    expect(figure).toContain('<figcaption>');
    expect(figure).toContain('twitter.com/SecBlinken');
    expect(figure).not.toContain('<img');
  });

  it('links the source line to the source page and the original story', async () => {
    const categoryId = await resolveCategoryId(testApp.opened.db, 'economy');
    const { id } = await storeArticle(testApp.opened.db, buildArticleDraft({ categoryId, source: 'skynews', sourceUrl: 'https://www.skynewsarabia.com/business/1' }));
    const location = String((await testApp.app.inject({ url: `/articles/${id}` })).headers.location);
    const page = (await testApp.app.inject({ url: location })).body;
    expect(page).toContain('المصدر: <a href="/sources/skynews">سكاي نيوز عربية</a> · <a href="https://www.skynewsarabia.com/business/1" rel="nofollow noopener">اقرأ الخبر في مصدره</a>');
    expect(page).toContain(`data-article-id="${id}" data-beacon="/api/v1/views"`);
  });
});

describe('error pages keep the site navigation', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp();
    await resolveCategoryId(testApp.opened.db, 'sport');
    testApp.app.get('/boom', async () => {
      throw new Error('a rendering bug');
    });
  });
  afterAll(() => testApp.close());

  it.each([
    ['/boom', 500, 'حدث خطأ'],
    ['/no-such-page', 404, 'الصفحة غير موجودة'],
  ])('%s answers %i in Arabic with the sections, the search box and a way home', async (url, status, heading) => {
    const response = await testApp.app.inject({ url });
    expect(response.statusCode).toBe(status);
    expect(response.body).toContain(`<h1>${heading}</h1>`);
    expect(response.body).toContain('<a href="/categories/sport">رياضة</a>');
    expect(response.body).toContain('<form class="header-search"');
    expect(response.body).not.toContain('a rendering bug');
    expect(response.headers['cache-control']).toBe('no-store');
  });
});
