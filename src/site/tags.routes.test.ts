import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_REFERENCE_ARTICLE } from '../demo/load-demo-content.ts';
import { readCopyFile } from '../ingest/copy-files/read-copy-file.ts';
import { ingestCopies } from '../ingest/ingest-copies.ts';
import { storeArticle } from '../publishing/store-article.ts';
import { buildArticleDraft } from '../test-support/article-factory.ts';
import { createTestApp, type TestApp } from '../test-support/test-app.ts';

const REFERENCE_TITLE = 'بلينكن يصل كازاخستان لمواجهة "نفوذ روسيا" في آسيا الوسطى';
const tagUrl = (slug: string, rest = '') => `/tags/${encodeURIComponent(slug)}${rest}`;

describe('tag pages', () => {
  let testApp: TestApp;
  let referencePath: string;
  beforeAll(async () => {
    testApp = await createTestApp();
    // 22 stories about Kazakhstan after the reference article: two pages of them.
    const [reference] = await ingestCopies(testApp.opened.db, [await readCopyFile(DEMO_REFERENCE_ARTICLE)], { source: 'asharq' });
    referencePath = `/articles/${reference!.id}`;
    for (let index = 0; index < 22; index += 1) {
      // Each a story of its own (the factory's second paragraph differs): copies of one story would be listed once.
      const { sections } = buildArticleDraft();
      await storeArticle(
        testApp.opened.db,
        buildArticleDraft({
          title: `كازاخستان تعلن خطة جديدة للطاقة رقم ${index + 1}`,
          sections: [{ heading: null, paragraphs: ['أعلنت حكومة كازاخستان في أستانة خطة جديدة للطاقة.', ...(sections[0]?.paragraphs.slice(1) ?? [])] }],
          publishedAt: new Date(Date.UTC(2023, 3 + (index % 3), 1 + index)).toISOString(),
        }),
      );
    }
  });
  afterAll(() => testApp.close());

  it('shows the reference article tags on its page, linking to tag pages', async () => {
    const redirect = await testApp.app.inject({ url: referencePath });
    const response = await testApp.app.inject({ url: redirect.headers.location as string });
    expect(response.statusCode).toBe(200);
    const tags = response.body.slice(response.body.indexOf('class="entity-tags"'));
    expect(tags).toContain('>الوسوم</h2>');
    for (const [slug, name] of [['أنتوني-بلينكن', 'أنتوني بلينكن'], ['كازاخستان', 'كازاخستان'], ['روسيا', 'روسيا'], ['أوكرانيا', 'أوكرانيا']]) {
      expect(tags).toMatch(new RegExp(`href="${tagUrl(slug!)}" rel="tag" title="[^"]+">${name}</a>`));
    }
    expect(tags).not.toMatch(/>2023-02-28</);
  });

  it('lists the entity stories newest first, with pagination, companions and months', async () => {
    const response = await testApp.app.inject({ url: tagUrl('كازاخستان') });
    expect(response.statusCode).toBe(200);
    const html = response.body;
    expect(html).toContain('<h1 class="page-heading">أخبار كازاخستان</h1>');
    expect(html).toContain('23 خبراً');
    expect(html).toContain(`<link rel="canonical" href="https://sahifa.test${tagUrl('كازاخستان')}"/>`);
    expect(html).toContain('<meta property="og:type" content="website"/>');
    expect(html).toContain('"@type":"CollectionPage"');
    expect(html).toContain('"about":{"@type":"Place","name":"كازاخستان"}');
    expect(html).toContain(`type="application/rss+xml" title="كازاخستان — RSS" href="https://sahifa.test${tagUrl('كازاخستان', '/feed.xml')}"`);
    const titles = [...html.matchAll(/class="teaser__title"><a href="[^"]+">([^<]+)</g)].map((match) => match[1]);
    expect(titles).toHaveLength(20);
    expect(titles[0]).toBe('كازاخستان تعلن خطة جديدة للطاقة رقم 21');
    expect(html).toContain(`href="${tagUrl('كازاخستان')}?page=2"`);
    // Companions: Astana is named with Kazakhstan in every story.
    expect(html).toMatch(new RegExp(`<a class="entity-tag entity-tag--loc" href="${tagUrl('أستانة')}" rel="tag" title="مكان">أستانة</a>`));
    // Months oldest first, in Arabic.
    const months = [...html.matchAll(/<time datetime="(\d{4}-\d{2})">([^<]+)<\/time>/gi)].map((match) => `${match[1]} ${match[2]}`);
    expect(months).toEqual(['2023-02 فبراير 2023', '2023-04 أبريل 2023', '2023-05 مايو 2023', '2023-06 يونيو 2023']);

    const second = await testApp.app.inject({ url: tagUrl('كازاخستان', '?page=2') });
    expect(second.statusCode).toBe(200);
    expect(second.body).toContain(REFERENCE_TITLE.replace(/"/g, '&quot;'));
    expect(second.body).toContain(`<link rel="canonical" href="https://sahifa.test${tagUrl('كازاخستان')}?page=2"/>`);
  });

  it('answers an unknown tag, or a page past the last, with the Arabic 404 page', async () => {
    for (const url of [tagUrl('لا-يوجد'), tagUrl('كازاخستان', '?page=3'), tagUrl('لا-يوجد', '/feed.xml')]) {
      const response = await testApp.app.inject({ url });
      expect(response.statusCode).toBe(404);
      expect(response.body).toContain('الصفحة غير موجودة');
    }
  });

  it('publishes RSS and Atom feeds per tag', async () => {
    const rss = await testApp.app.inject({ url: tagUrl('أنتوني-بلينكن', '/feed.xml') });
    expect(rss.statusCode).toBe(200);
    expect(rss.headers['content-type']).toBe('application/rss+xml; charset=utf-8');
    expect(rss.body).toContain('<title>أخبار أنتوني بلينكن — صحيفة</title>');
    expect(rss.body.match(/<item>/g)).toHaveLength(1);
    const atom = await testApp.app.inject({ url: tagUrl('كازاخستان', '/atom.xml') });
    expect(atom.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    expect(atom.body.match(/<entry>/g)).toHaveLength(23);
  });

  it('lists the tag pages in the sitemap', async () => {
    expect((await testApp.app.inject({ url: '/sitemap.xml' })).body).toContain('<loc>https://sahifa.test/sitemaps/tags-1.xml</loc>');
    const page = await testApp.app.inject({ url: '/sitemaps/tags-1.xml' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(`<loc>https://sahifa.test${tagUrl('كازاخستان')}</loc>`);
    expect(page.body).toContain(`<loc>https://sahifa.test${tagUrl('أنتوني-بلينكن')}</loc>`);
    expect((await testApp.app.inject({ url: '/sitemaps/tags-2.xml' })).statusCode).toBe(404);
  });

  it('filters search by tag on the page and in the API', async () => {
    const all = (await testApp.app.inject({ url: `/api/v1/search?q=${encodeURIComponent('كازاخستان')}` })).json();
    expect(all.total).toBe(23);
    const api = await testApp.app.inject({ url: `/api/v1/search?q=${encodeURIComponent('كازاخستان')}&tag=${encodeURIComponent('أنتوني-بلينكن')}` });
    expect(api.statusCode).toBe(200);
    expect(api.json().total).toBe(1);
    expect(api.json().results[0].title).toBe(REFERENCE_TITLE);
    const unknown = await testApp.app.inject({ url: `/api/v1/search?q=x&tag=${encodeURIComponent('لا-يوجد')}` });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.message).toBe('no tag "لا-يوجد"');

    const page = await testApp.app.inject({ url: `/search?q=${encodeURIComponent('كازاخستان')}&tag=${encodeURIComponent('أنتوني-بلينكن')}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('ضمن الوسم «أنتوني بلينكن»');
    expect(page.body).toContain(`name="tag" value="أنتوني-بلينكن" checked`);
    expect(page.body.match(/class="search-result"/g)).toHaveLength(1);
    const none = await testApp.app.inject({ url: `/search?q=${encodeURIComponent('كازاخستان')}&tag=${encodeURIComponent('لا-يوجد')}` });
    expect(none.statusCode).toBe(200);
    expect(none.body).not.toContain('class="search-result"');
  });
});
