/** Small real images for tests, drawn with sharp: a sky, a sun and a headline bar. */
import fs from 'node:fs';
import sharp from 'sharp';

export interface TestImageOptions {
  width?: number;
  height?: number;
  format?: 'jpeg' | 'png' | 'webp';
  /** Changes the picture (and so its content hash). */
  hue?: number;
}

export async function makeTestImage(options: TestImageOptions = {}): Promise<Buffer> {
  const { width = 1000, height = 600, format = 'jpeg', hue = 200 } = options;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="hsl(${hue},70%,45%)"/><stop offset="1" stop-color="hsl(${hue + 40},60%,80%)"/></linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#sky)"/>
    <circle cx="${width * 0.7}" cy="${height * 0.35}" r="${Math.min(width, height) * 0.15}" fill="#f5c542"/>
    <rect y="${height * 0.8}" width="100%" height="${height * 0.2}" fill="#2b2b2b"/>
  </svg>`;
  return sharp(Buffer.from(svg)).toFormat(format).toBuffer();
}

export async function writeTestImage(filePath: string, options: TestImageOptions = {}): Promise<string> {
  fs.writeFileSync(filePath, await makeTestImage(options));
  return filePath;
}
