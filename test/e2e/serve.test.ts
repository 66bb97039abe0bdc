import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../demo-server.ts';

describe('the real server with the demo content', () => {
  let server: DemoServer;

  beforeAll(async () => {
    server = await startDemoServer();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('serves the reference article at its canonical URL from the home page', async () => {
    const home = await fetch(`${server.baseUrl}/`);
    expect(home.status).toBe(200);
    const homeHtml = await home.text();
    expect(homeHtml).toContain('<html lang="ar" dir="rtl">');
    const link = homeHtml.match(/href="(\/articles\/\d+\/[^"]+)">بلينكن يصل كازاخستان/)?.[1];
    expect(link).toBeDefined();

    const article = await fetch(`${server.baseUrl}${link}`);
    expect(article.status).toBe(200);
    const html = await article.text();
    expect(html).toContain('الثلاثاء 28 فبراير 2023');
    expect(html).toContain('<h2>موقف توكاييف أمام بوتين</h2>');
    expect(html.match(/<h2>/g)).toHaveLength(4);
    expect(html).toContain('twitter.com/SecBlinken');
    expect(html).not.toContain('قصص قد تهمك');
    expect(html).toContain(`<link rel="canonical" href="${server.baseUrl}${link}"/>`);
    // Ingested as raw copy without a section, it was filed by the classifier trained on the demo sample.
    expect(html).toMatch(/<a class="kicker" href="\/categories\/international">سياسة دولية<\/a>/);
    const id = link?.match(/^\/articles\/(\d+)\//)?.[1];
    const api = await (await fetch(`${server.baseUrl}/api/v1/articles/${id}`)).json();
    expect(api).toMatchObject({ category: { slug: 'international' }, categoryAutoFiled: true, suggestedCategory: { slug: 'international' } });

    const shortLink = link?.replace(/\/[^/]+$/, '') ?? '';
    const redirect = await fetch(`${server.baseUrl}${shortLink}`, { redirect: 'manual' });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe(link);
  });

  it('has every demo section with articles, and an Arabic 404', async () => {
    for (const slug of ['middle-east', 'international', 'economy', 'sport', 'technology', 'culture']) {
      const response = await fetch(`${server.baseUrl}/categories/${slug}`);
      expect(response.status).toBe(200);
      expect((await response.text()).match(/<article class="teaser/g)?.length).toBeGreaterThanOrEqual(20);
    }
    const missing = await fetch(`${server.baseUrl}/articles/99999/x`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('الصفحة غير موجودة');
  });
});
