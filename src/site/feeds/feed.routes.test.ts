import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveCategoryId } from '../../articles/resolve-category.ts';
import { storeArticle } from '../../publishing/store-article.ts';
import { buildArticleDraft } from '../../test-support/article-factory.ts';
import { createTestApp, type TestApp } from '../../test-support/test-app.ts';

describe('feeds', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp();
    const economy = await resolveCategoryId(testApp.opened.db, 'economy');
    await storeArticle(testApp.opened.db, buildArticleDraft({ title: 'النفط يرتفع & الذهب <يتراجع>', categoryId: economy }));
    await storeArticle(testApp.opened.db, buildArticleDraft({ title: 'منتخب مصر يفوز' }));
  });
  afterAll(() => testApp.close());

  it('publishes an RSS 2.0 feed of the site with escaped Arabic titles', async () => {
    const response = await testApp.app.inject({ url: '/feed.xml' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/rss+xml; charset=utf-8');
    expect(response.body).toContain('<rss version="2.0"');
    expect(response.body).toContain('<language>ar</language>');
    expect(response.body).toContain('<![CDATA[النفط يرتفع & الذهب <يتراجع>]]>');
    expect(response.body.match(/<item>/g)).toHaveLength(2);
  });

  it('publishes an Atom feed per section, and 404 for an unknown section', async () => {
    const response = await testApp.app.inject({ url: '/categories/economy/atom.xml' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    expect(response.body).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(response.body.match(/<entry>/g)).toHaveLength(1);
    expect((await testApp.app.inject({ url: '/categories/nothing/feed.xml' })).statusCode).toBe(404);
  });
});
