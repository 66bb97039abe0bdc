import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveCategoryId } from '../articles/resolve-category.ts';
import { storeArticle } from '../publishing/store-article.ts';
import { buildArticleDraft } from '../test-support/article-factory.ts';
import { createTestApp, type TestApp } from '../test-support/test-app.ts';

const search = (q: string, extra = '') => `/search?q=${encodeURIComponent(q)}${extra}`;

describe('the search page', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp();
    const { db } = testApp.opened;
    const international = await resolveCategoryId(db, 'international');
    await storeArticle(
      db,
      buildArticleDraft({
        title: 'بلينكن يصل كازاخستان لمواجهة "نفوذ روسيا" في آسيا الوسطى',
        categoryId: international,
        source: 'asharq',
        sections: [{ heading: null, paragraphs: ['وصل وزير الخارجية الأميركي أنتوني بلينكن، الثلاثاء، إلى كازاخستان، لبحث العقوبات على روسيا. <script>alert(1)</script>'] }],
      }),
    );
    await storeArticle(
      db,
      buildArticleDraft({
        title: 'طشقند تستقبل وزراء آسيا الوسطى',
        source: 'skynews',
        sections: [{ heading: null, paragraphs: ['اجتمع الوزراء في طشقند بأوزبكستان وبكازاخستان لاحقاً لبحث عقوبات جديدة.'] }],
      }),
    );
  });
  afterAll(() => testApp.close());

  it('finds articles through clitics and marks the matched words in the original text', async () => {
    const response = await testApp.app.inject({ url: search('كازاخستان') });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('نتيجتان لـ«كازاخستان»');
    expect(response.body).toContain('<mark>وبكازاخستان</mark>');
    expect(response.body).toContain('<mark>كازاخستان</mark>');
    expect(response.body).not.toContain('<script>alert(1)</script>');
    expect(response.headers['x-robots-tag']).toBe('noindex');
  });

  it('filters by section and keeps the filters in the form', async () => {
    const response = await testApp.app.inject({ url: search('كازاخستان', '&category=international') });
    expect(response.body).toContain('نتيجة واحدة لـ«كازاخستان»');
    expect(response.body).toContain('<option value="international" selected>');
  });

  it('says so helpfully when nothing matches', async () => {
    const response = await testApp.app.inject({ url: search('زلزال') });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('لا توجد نتائج لـ«زلزال»');
    expect(response.body).toContain('جرّب كلمات أقل');
  });

  it('invites a search when the query is empty', async () => {
    const response = await testApp.app.inject({ url: '/search' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('اكتب كلمة أو أكثر');
  });

  it.each([['"كازاخستان'], ['NEAR(a b'], ['*'], ['كازاخستان OR AND NOT'], ['\u0000\u0007كازاخستان'], ['-'], ['()()"""']])(
    'answers the hostile query %j with a page, never an error',
    async (q) => {
      const response = await testApp.app.inject({ url: search(q) });
      expect(response.statusCode).toBe(200);
      expect(response.body).toContain('<h1 class="page-heading">');
    },
  );

  it('ignores a mistyped date filter instead of failing', async () => {
    const response = await testApp.app.inject({ url: search('كازاخستان', '&from=yesterday&to=2099-01-01') });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('نتيجتان');
  });
});

describe('search pagination', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp();
    for (let index = 0; index < 12; index += 1) {
      // Twelve different stories (the factory's bodies differ): copies of one story would be found once.
      await storeArticle(testApp.opened.db, buildArticleDraft({ title: `فرضت الحكومة عقوبات جديدة رقم ${index}` }));
    }
  });
  afterAll(() => testApp.close());

  it('pages ten results at a time, keeping the query and filters in the links', async () => {
    const first = await testApp.app.inject({ url: search('عقوبات', '&sort=date') });
    expect(first.body.match(/<li class="search-result">/g)).toHaveLength(10);
    const next = first.body.match(/<a rel="next" href="([^"]+)"/)?.[1]?.replaceAll('&amp;', '&');
    expect(next).toBe(`/search?q=${encodeURIComponent('عقوبات')}&sort=date&page=2`);
    const second = await testApp.app.inject({ url: next ?? '' });
    expect(second.body.match(/<li class="search-result">/g)).toHaveLength(2);
    expect(second.body).toContain(`<a rel="prev" href="/search?q=${encodeURIComponent('عقوبات')}&amp;sort=date"`);
  });
});
