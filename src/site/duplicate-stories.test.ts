import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveCategoryId } from '../articles/resolve-category.ts';
import { CENTRAL_BANK_REPUBLISHED, CENTRAL_BANK_STORY, FOOTBALL_STORY } from '../duplicates/test-stories.ts';
import { storeArticle } from '../publishing/store-article.ts';
import { buildArticleDraft } from '../test-support/article-factory.ts';
import { createTestApp, type TestApp } from '../test-support/test-app.ts';

// One story stored three times (as ANT files a story under two sections, and as a desk republishes it),
// and another story once: readers must meet each story once per list.
describe('a story stored more than once', () => {
  let testApp: TestApp;
  const ids: Record<string, number> = {};
  const titleOf = (name: string) => `عنوان ${name}`;
  const count = (html: string, name: string) => html.split(`>${titleOf(name)}<`).length - 1;

  beforeAll(async () => {
    testApp = await createTestApp();
    const { db } = testApp.opened;
    const economy = await resolveCategoryId(db, 'economy');
    const middleEast = await resolveCategoryId(db, 'middleEast');
    const sport = await resolveCategoryId(db, 'sport');
    const stories: [string, string, number, string][] = [
      ['البنك الأول', CENTRAL_BANK_STORY, economy, '2024-03-01T08:00:00.000Z'],
      ['الكرة', FOOTBALL_STORY, sport, '2024-03-01T09:00:00.000Z'],
      ['البنك في قسم آخر', CENTRAL_BANK_STORY, middleEast, '2024-03-01T10:00:00.000Z'],
      ['البنك معاد نشره', CENTRAL_BANK_REPUBLISHED, economy, '2024-03-01T11:00:00.000Z'],
    ];
    for (const [name, body, categoryId, publishedAt] of stories) {
      const draft = buildArticleDraft({ title: titleOf(name), categoryId, publishedAt, sections: [{ heading: null, paragraphs: body.split('\n') }] });
      ids[name] = (await storeArticle(db, draft)).id;
    }
  });
  afterAll(() => testApp.close());

  it('shows it once on the home page, under its first stored article', async () => {
    const home = (await testApp.app.inject({ url: '/' })).body;
    expect([count(home, 'البنك الأول'), count(home, 'البنك في قسم آخر'), count(home, 'البنك معاد نشره'), count(home, 'الكرة')]).toEqual([1, 0, 0, 1]);
    const api = (await testApp.app.inject({ url: '/api/v1/articles' })).json();
    expect(api.total).toBe(2);
  });

  it('shows the copy filed under another section in that section, and only once in its own', async () => {
    const middleEast = (await testApp.app.inject({ url: '/categories/middle-east' })).body;
    expect(count(middleEast, 'البنك في قسم آخر')).toBe(1);
    const economy = (await testApp.app.inject({ url: '/categories/economy' })).body;
    expect([count(economy, 'البنك الأول'), count(economy, 'البنك معاد نشره')]).toEqual([1, 0]);
  });

  it('finds it once in search', async () => {
    const result = (await testApp.app.inject({ url: `/api/v1/search?q=${encodeURIComponent('البنك المركزي الفائدة')}` })).json();
    expect(result.results.map((hit: { id: number }) => hit.id)).toEqual([ids['البنك الأول']]);
  });

  it("gives a copy's page a canonical link to the original, and names it for readers", async () => {
    const copy = await testApp.app.inject({ url: `/articles/${ids['البنك معاد نشره']}` });
    const page = (await testApp.app.inject({ url: copy.headers.location as string })).body;
    const originalPath = `/articles/${ids['البنك الأول']}/${encodeURIComponent('عنوان-البنك-الأول')}`;
    expect(page).toContain(`<link rel="canonical" href="https://sahifa.test${originalPath}"/>`);
    expect(page).toContain(`نُشر هذا الخبر أولاً بعنوان: <a href="${originalPath}">${titleOf('البنك الأول')}</a>`);
    const original = await testApp.app.inject({ url: originalPath });
    expect(original.body).toContain(`<link rel="canonical" href="https://sahifa.test${originalPath}"/>`);
    expect(original.body).not.toContain('نُشر هذا الخبر أولاً');
  });
});
