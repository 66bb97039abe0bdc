/**
 * Takes the README's screenshots: the home page and the reference article, on a phone (390 px) and a
 * laptop (1280 px), and the article on the phone in dark mode, from the real server with the demo
 * content, in Debian's chromium.
 * Run by hand after the pages change: `npx tsx scripts/take-screenshots.ts` (writes docs/screenshots/).
 */
import fs from 'node:fs';
import sharp from 'sharp';
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
    await save(await page.screenshot(), `home-${width}.png`);
    await page.getByRole('link', { name: REFERENCE_HEADLINE }).first().click();
    await page.waitForURL(/\/articles\//);
    await page.evaluate('document.fonts.ready.then(() => true)');
    await save(await page.screenshot(), `article-${width}.png`);
    if (width < 600) {
      await page.emulateMedia({ colorScheme: 'dark' });
      await save(await page.screenshot(), `article-${width}-dark.png`);
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.stop();
}

/** A 256-colour palette keeps text crisp and the repository light (a third of the plain PNG). */
async function save(screenshot: Buffer, name: string): Promise<void> {
  const info = await sharp(screenshot).png({ palette: true, quality: 90, effort: 10, compressionLevel: 9 }).toFile(`${OUTPUT_DIRECTORY}${name}`);
  console.log(`docs/screenshots/${name} (${Math.round(info.size / 1024)} KB)`);
}
