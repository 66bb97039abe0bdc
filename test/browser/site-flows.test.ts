/**
 * A reader's flows through the real site in Debian's chromium, on a phone and a laptop: home, the
 * reference article (read right to left), its section and a tag with their pagination, search
 * from the header, the article's source.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../demo-server.ts';
import { chromiumAvailable, launchChromium, openWatchedPage, SCRIPT_BUDGET_BYTES, WIDTHS, type WatchedPage } from './chromium.ts';
import { loadedFonts, measureDirection, measureInlineScriptBytes, measureOverflow } from './page-probes.ts';

const REFERENCE_HEADLINE = 'بلينكن يصل كازاخستان لمواجهة "نفوذ روسيا" في آسيا الوسطى';

describe.skipIf(!chromiumAvailable)('reading the site in chromium (needs /usr/bin/chromium)', () => {
  let server: DemoServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startDemoServer(), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** What every page must pass, whatever the flow: checked after each navigation. */
  async function expectSoundPage(watched: WatchedPage, width: number): Promise<void> {
    const { page } = watched;
    await page.waitForLoadState('load');
    const overflow = await measureOverflow(page);
    expect(overflow.scrollWidth, `${page.url()} scrolls sideways at ${width} px: ${overflow.offenders.join(', ')}`).toBeLessThanOrEqual(
      overflow.viewportWidth,
    );
    const scriptBytes = watched.externalScriptBytes() + (await measureInlineScriptBytes(page));
    expect(scriptBytes, `JavaScript on ${page.url()}`).toBeLessThanOrEqual(SCRIPT_BUDGET_BYTES);
    expect(watched.takeProblems()).toEqual([]);
  }

  describe.each(WIDTHS)('at %i px', (width) => {
    let watched: WatchedPage;
    /** The reference article's canonical URL, as the first flow reached it from the home page. */
    let articleUrl: string;
    beforeAll(async () => {
      watched = await openWatchedPage(browser, width);
    });
    afterAll(async () => {
      await watched?.context.close();
    });

    it('opens the home page, then the reference article from it, which reads right to left', async () => {
      const { page } = watched;
      const response = await page.goto(`${server.baseUrl}/`);
      expect(response?.status()).toBe(200);
      await expect(page.title()).resolves.toContain('صحيفة');
      await expectSoundPage(watched, width);

      await page.getByRole('link', { name: REFERENCE_HEADLINE }).first().click();
      await page.waitForURL(/\/articles\/\d+\/[^/]+$/);
      articleUrl = page.url();
      await expect(page.locator('h1').textContent()).resolves.toBe(REFERENCE_HEADLINE);
      await expect(page.getByRole('heading', { level: 2, name: 'موقف توكاييف أمام بوتين' }).count()).resolves.toBe(1);
      await expectSoundPage(watched, width);

      const direction = await measureDirection(page, 'h1');
      expect(direction).toMatchObject({ htmlDir: 'rtl', htmlLang: 'ar', direction: 'rtl' });
      expect(['start', 'right']).toContain(direction.textAlign);
      // The headline's box fills its column from the right, and its first line starts at the right edge.
      expect(Math.abs(direction.boxRight - direction.columnRight)).toBeLessThanOrEqual(1);
      expect(Math.abs(direction.firstLineRight - direction.boxRight)).toBeLessThanOrEqual(2);
      expect(direction.firstLineLeft).toBeGreaterThan(direction.boxLeft);
      if (width < 600) expect(direction.columnRight).toBeGreaterThan(width - 32);
      // The self-hosted Arabic faces, not a system fallback: Naskh for the text, Kufi for the headline.
      const fonts = await loadedFonts(page);
      expect(fonts).toContain('Noto Naskh Arabic 400');
      expect(fonts).toContain('Noto Kufi Arabic 700');
    });

    it('follows the article’s section and pages through it', async () => {
      const { page } = watched;
      await page.locator('article').getByRole('link', { name: 'سياسة دولية' }).first().click();
      await page.waitForURL(/\/categories\/international$/);
      await expect(page.locator('h1').textContent()).resolves.toBe('سياسة دولية');
      await expect(page.locator('article.teaser').count()).resolves.toBeGreaterThanOrEqual(20);
      const firstTitle = await page.locator('.teaser__title').first().textContent();
      await expectSoundPage(watched, width);

      const pagination = page.getByRole('navigation', { name: 'التنقل بين الصفحات' });
      await pagination.getByRole('link', { name: 'الصفحة التالية' }).click();
      await page.waitForURL(/\/categories\/international\?page=2$/);
      await expect(pagination.locator('[aria-current="page"]').textContent()).resolves.toBe('الصفحة 2');
      await expect(page.locator('article.teaser').count()).resolves.toBeGreaterThan(0);
      await expect(page.locator('.teaser__title').first().textContent()).resolves.not.toBe(firstTitle);
      await expectSoundPage(watched, width);

      await pagination.getByRole('link', { name: 'الصفحة السابقة' }).click();
      await page.waitForURL(/\/categories\/international$/);
      await expect(page.locator('.teaser__title').first().textContent()).resolves.toBe(firstTitle);
      await expectSoundPage(watched, width);
    });

    it('follows a tag of the article to the tag’s page and pages through its stories', async () => {
      const { page } = watched;
      await page.goto(articleUrl);
      await page.getByRole('navigation', { name: 'الوسوم' }).getByRole('link', { name: 'روسيا', exact: true }).click();
      await page.waitForURL(/\/tags\/[^/?]+$/);
      expect(decodeURIComponent(new URL(page.url()).pathname)).toBe('/tags/روسيا');
      await expect(page.locator('h1').textContent()).resolves.toBe('أخبار روسيا');
      // Newest first: the reference article (2023) leads the corpus stories (2018).
      await expect(page.locator('.teaser__title').first().textContent()).resolves.toBe(REFERENCE_HEADLINE);
      await expectSoundPage(watched, width);

      await page.getByRole('navigation', { name: 'التنقل بين الصفحات' }).getByRole('link', { name: 'الصفحة التالية' }).click();
      await page.waitForURL(/\/tags\/[^/?]+\?page=2$/);
      await expect(page.locator('article.teaser').count()).resolves.toBeGreaterThan(0);
      await expect(page.getByRole('link', { name: REFERENCE_HEADLINE }).count()).resolves.toBe(0);
      await expectSoundPage(watched, width);
    });

    it('searches for كازاخستان from the header and opens the reference article from the results', async () => {
      const { page } = watched;
      const header = page.getByRole('banner');
      await header.getByRole('searchbox', { name: 'ابحث في الأخبار' }).fill('كازاخستان');
      await header.getByRole('button', { name: 'ابحث' }).click();
      await page.waitForURL(/\/search\?q=/);
      expect(new URL(page.url()).searchParams.get('q')).toBe('كازاخستان');
      await expect(page.locator('.result-count').textContent()).resolves.toMatch(/لـ«كازاخستان»/);
      await expect(page.locator('.search-result mark').count()).resolves.toBeGreaterThan(0);
      await expectSoundPage(watched, width);

      await page.locator('.search-results').getByRole('link', { name: REFERENCE_HEADLINE }).click();
      await page.waitForURL(/\/articles\/\d+\/[^/]+$/);
      await expect(page.locator('h1').textContent()).resolves.toBe(REFERENCE_HEADLINE);
      await expectSoundPage(watched, width);
    });

    it('follows the article’s source to the page of that source', async () => {
      const { page } = watched;
      await page.locator('article').getByRole('link', { name: 'الشرق', exact: true }).click();
      await page.waitForURL(/\/sources\/asharq$/);
      await expect(page.locator('h1').textContent()).resolves.toContain('الشرق');
      await expect(page.getByRole('link', { name: REFERENCE_HEADLINE }).count()).resolves.toBe(1);
      await expectSoundPage(watched, width);
    });
  });
});
