/**
 * axe-core on every page type of the real site, in Debian's chromium: no serious or critical
 * violation, in light and dark mode, on a laptop and a phone.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../demo-server.ts';
import { injectAxe, isBlocking, runAxe, VISUAL_RULES } from './axe.ts';
import { chromiumAvailable, launchChromium, openWatchedPage, viewportFor, type WatchedPage } from './chromium.ts';

interface PageType {
  name: string;
  /** The path, or how to find it on the running site. */
  path: string | ((server: DemoServer) => Promise<string>);
  status: number;
}

async function referenceArticlePath(server: DemoServer): Promise<string> {
  const home = await (await fetch(`${server.baseUrl}/`)).text();
  const path = home.match(/href="(\/articles\/\d+\/[^"]+)">بلينكن يصل كازاخستان/)?.[1];
  if (!path) throw new Error('the reference article is not on the home page');
  return path;
}

const PAGE_TYPES: PageType[] = [
  { name: 'home', path: '/', status: 200 },
  { name: 'home, page 2', path: '/?page=2', status: 200 },
  { name: 'article', path: referenceArticlePath, status: 200 },
  { name: 'category', path: '/categories/international', status: 200 },
  { name: 'source', path: '/sources/bbc', status: 200 },
  { name: 'tag', path: `/tags/${encodeURIComponent('روسيا')}`, status: 200 },
  { name: 'search with results', path: `/search?q=${encodeURIComponent('كازاخستان')}`, status: 200 },
  { name: 'search without results', path: `/search?q=${encodeURIComponent('زقزقةمستحيلة')}`, status: 200 },
  { name: 'search form', path: '/search', status: 200 },
  { name: 'not found (404)', path: '/no-such-page', status: 404 },
];

/**
 * Every rule runs in the first setting; the others change only colours and sizes, so they rerun the
 * rules that depend on them, on the same loaded page (axe takes longer to load than to run).
 */
const SETTINGS = [
  { colorScheme: 'light', width: 1280, rules: 'all' },
  { colorScheme: 'dark', width: 1280, rules: 'visual' },
  { colorScheme: 'dark', width: 390, rules: 'visual' },
  { colorScheme: 'light', width: 390, rules: 'visual' },
] as const;

describe.skipIf(!chromiumAvailable)('accessibility of every page type, checked by axe-core (needs /usr/bin/chromium)', () => {
  let server: DemoServer;
  let browser: Browser;
  let watched: WatchedPage;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startDemoServer(), launchChromium()]);
    watched = await openWatchedPage(browser, 1280);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it.each(PAGE_TYPES)('$name: no serious or critical violation in light and dark mode, at 1280 and 390 px', async ({ path, status }) => {
    const { page } = watched;
    const target = typeof path === 'string' ? path : await path(server);
    const response = await page.goto(`${server.baseUrl}${target}`);
    expect(response?.status()).toBe(status);
    await injectAxe(page);
    const blocking: string[] = [];
    for (const { colorScheme, width, rules } of SETTINGS) {
      await page.setViewportSize(viewportFor(width));
      await page.emulateMedia({ colorScheme });
      const findings = await runAxe(page, rules === 'all' ? undefined : VISUAL_RULES);
      for (const finding of findings.filter(isBlocking)) {
        blocking.push(`${colorScheme} ${width} px: ${finding.impact} ${finding.id} (${finding.help}): ${finding.targets.join(' | ')}`);
      }
    }
    expect(blocking).toEqual([]);
    expect(watched.takeProblems()).toEqual([]);
  });
});
