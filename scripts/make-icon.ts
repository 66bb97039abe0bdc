/**
 * Draws the site's icon (favicon and home-screen icon): the letter ص in white on the masthead's red,
 * set in Noto Kufi Arabic Bold (installed on the system, found by sharp's text renderer). The glyph is
 * rendered alone, trimmed to its ink and centred, since Arabic letters sit unevenly on the baseline.
 * Writes src/site/assets/icon.png. Run by hand: `npx tsx scripts/make-icon.ts`.
 */
import sharp from 'sharp';

const SIZE = 180;
const RED = '#9b1c1c';
const output = new URL('../src/site/assets/icon.png', import.meta.url).pathname;

const glyph = await sharp({ text: { text: '<span foreground="white">ص</span>', font: 'Noto Kufi Arabic Bold 72', dpi: 100, rgba: true } })
  .trim()
  .png()
  .toBuffer({ resolveWithObject: true });
const square = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}"><rect width="${SIZE}" height="${SIZE}" rx="36" fill="${RED}"/></svg>`);

const info = await sharp(square)
  .composite([
    {
      input: glyph.data,
      left: Math.round((SIZE - glyph.info.width) / 2),
      top: Math.round((SIZE - glyph.info.height) / 2),
    },
  ])
  .png({ compressionLevel: 9, palette: true })
  .toFile(output);
console.log(`${output}: ${info.width}×${info.height}, ${info.size} bytes`);
