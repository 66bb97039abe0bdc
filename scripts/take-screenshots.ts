/**
 * Takes the README's screenshots: the home page and the reference article, on a phone (390 px) and a
 * laptop (1280 px), from the real server with the demo content, in Debian's chromium.
 * Run by hand after the pages change: `npx tsx scripts/take-screenshots.ts` (writes docs/screenshots/).
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromiumAvailable, CHROMIUM_MISSING, launchChromium, viewportFor, WIDTHS } from '../test/browser/chromium.ts';
import { startDemoServer } from '../test/demo-server.ts';

const OUTPUT_DIRECTORY = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
const REFERENCE_HEADLINE = 'بلينكن يصل كازاخستان لمواجهة "نفوذ روسيا" في آسيا الوسطى';

if (!chromiumAvailable) {
  console.error(CHROMIUM_MISSING);
  process.exit(1);
}

fs.mkdirSync(OUTPUT_DIRECTORY, { recursive: true });
const [server, browser] = await Promise.all([startDemoServer(), launchChromium()]);
try {
  for (const width of WIDTHS) {
    // Twice the pixels on the phone, as its screen has; the laptop at 1:1 keeps the files small.
    const context = await browser.newContext({ viewport: viewportFor(width), deviceScaleFactor: width < 600 ? 2 : 1, colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/`);
    await page.evaluate('document.fonts.ready.then(() => true)');
    await save(page.screenshot({ path: `${OUTPUT_DIRECTORY}home-${width}.png` }), `home-${width}.png`);
    await page.getByRole('link', { name: REFERENCE_HEADLINE }).first().click();
    await page.waitForURL(/\/articles\//);
    await page.evaluate('document.fonts.ready.then(() => true)');
    await save(page.screenshot({ path: `${OUTPUT_DIRECTORY}article-${width}.png` }), `article-${width}.png`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.stop();
}

async function save(shot: Promise<Buffer>, name: string): Promise<void> {
  const bytes = (await shot).length;
  console.log(`docs/screenshots/${name} (${Math.round(bytes / 1024)} KB)`);
}
