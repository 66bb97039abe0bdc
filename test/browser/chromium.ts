/**
 * Debian's chromium driven by playwright-core, and what every browser test checks on each page it
 * opens: no console errors or failed requests, no horizontal scroll, at most 10 KB of JavaScript.
 */
import fs from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** The browser `.ci/run` installs with apt; the tests never download one. */
export const CHROMIUM_PATH = '/usr/bin/chromium';
export const chromiumAvailable = fs.existsSync(CHROMIUM_PATH);
export const CHROMIUM_MISSING = `browser tests skipped: ${CHROMIUM_PATH} is absent (apt-get install chromium, as .ci/run does)`;

if (!chromiumAvailable) console.warn(CHROMIUM_MISSING);

const CHROMIUM_ARGS = ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** A phone (iPhone 12–15 width) and a laptop. */
export const WIDTHS = [390, 1280] as const;

export function viewportFor(width: number): { width: number; height: number } {
  return { width, height: width < 600 ? 844 : 800 };
}

/** The budget for all JavaScript a page runs, external and inline (JSON-LD is data, not counted). */
export const SCRIPT_BUDGET_BYTES = 10 * 1024;

export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  /** Console errors, uncaught exceptions and failed or 4xx/5xx subresource requests, since the last `takeProblems()`. */
  takeProblems(): string[];
  /** Bytes of JavaScript loaded from the network since the last navigation. */
  externalScriptBytes(): number;
}

export async function openWatchedPage(browser: Browser, width: number, colorScheme: 'light' | 'dark' = 'light'): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: viewportFor(width), colorScheme, locale: 'ar' });
  const page = await context.newPage();
  let problems: string[] = [];
  let scriptBytes = 0;
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // The document's own status (a 404 page answers 404) is the test's to assert, not a fault of the page.
    const aboutTheDocument = message.location().url === page.url() && message.text().startsWith('Failed to load resource');
    if (!aboutTheDocument) problems.push(`console error on ${page.url()}: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught exception on ${page.url()}: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) scriptBytes = 0;
  });
  page.on('response', async (response) => {
    const request = response.request();
    if (request.isNavigationRequest()) return;
    if (response.status() >= 400) problems.push(`${response.status()} for ${response.url()}`);
    if (request.resourceType() === 'script') scriptBytes += (await response.body().catch(() => Buffer.alloc(0))).length;
  });
  return {
    page,
    context,
    takeProblems: () => {
      const taken = problems;
      problems = [];
      return taken;
    },
    externalScriptBytes: () => scriptBytes,
  };
}
