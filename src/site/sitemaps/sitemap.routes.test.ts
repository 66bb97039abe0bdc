import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeArticle } from '../../publishing/store-article.ts';
import { buildArticleDraft } from '../../test-support/article-factory.ts';
import { createTestApp, type TestApp } from '../../test-support/test-app.ts';

describe('robots and sitemaps', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp();
    await storeArticle(testApp.opened.db, buildArticleDraft({ title: 'خبر قديم', publishedAt: '2020-01-01T10:00:00.000Z', source: 'BBC' }));
    await storeArticle(testApp.opened.db, buildArticleDraft({ title: 'خبر عاجل اليوم', publishedAt: new Date(Date.now() - 3_600_000).toISOString() }));
  });
  afterAll(() => testApp.close());

  it('points robots at the sitemap index', async () => {
    const response = await testApp.app.inject({ url: '/robots.txt' });
    expect(response.body).toContain('Sitemap: https://sahifa.test/sitemap.xml');
    expect(response.body).toContain('Disallow: /api/');
  });

  it('indexes the sections, news and article sitemaps', async () => {
    const index = await testApp.app.inject({ url: '/sitemap.xml' });
    expect(index.statusCode).toBe(200);
    expect(index.body).toContain('<sitemapindex');
    expect(index.body).toContain('<loc>https://sahifa.test/sitemaps/articles-1.xml</loc>');
    expect(index.body).not.toContain('articles-2.xml');
  });

  it('lists the home page, the sections and the sources', async () => {
    const sections = await testApp.app.inject({ url: '/sitemaps/sections.xml' });
    expect(sections.body).toContain('<loc>https://sahifa.test/</loc>');
    expect(sections.body).toContain('<loc>https://sahifa.test/sources/bbc</loc>');
  });

  it('lists every published article with its canonical URL', async () => {
    const page = await testApp.app.inject({ url: '/sitemaps/articles-1.xml' });
    expect(page.statusCode).toBe(200);
    expect(page.body.match(/<url>/g)).toHaveLength(2);
    expect(page.body).toContain(`<loc>https://sahifa.test/articles/1/${encodeURIComponent('خبر-قديم')}</loc>`);
    expect((await testApp.app.inject({ url: '/sitemaps/articles-2.xml' })).statusCode).toBe(404);
  });

  it('lists only the last 48 hours in the Google News sitemap', async () => {
    const news = await testApp.app.inject({ url: '/sitemaps/news.xml' });
    expect(news.body).toContain('xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"');
    expect(news.body).toContain('<news:title>خبر عاجل اليوم</news:title>');
    expect(news.body).toContain('<news:language>ar</news:language>');
    expect(news.body).not.toContain('خبر قديم');
  });

  it('answers an empty Google News sitemap, not an error, when nothing was published in 48 hours', async () => {
    const quiet = await createTestApp();
    try {
      await storeArticle(quiet.opened.db, buildArticleDraft({ title: 'خبر قديم', publishedAt: '2020-01-01T10:00:00.000Z' }));
      const news = await quiet.app.inject({ url: '/sitemaps/news.xml' });
      expect(news.statusCode).toBe(200);
      expect(news.headers['content-type']).toBe('application/xml; charset=utf-8');
      expect(news.body).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9" xmlns:news="http:\/\/www.google.com\/schemas\/sitemap-news\/0.9">/);
      expect(news.body).toMatch(/<\/urlset>$/);
      expect(news.body).not.toContain('<url>');
      expect((await quiet.app.inject({ url: '/sitemap.xml' })).body).toContain('<loc>https://sahifa.test/sitemaps/news.xml</loc>');
    } finally {
      await quiet.close();
    }
  });
});
