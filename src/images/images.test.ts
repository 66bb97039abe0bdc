import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { createTemporaryDirectory } from '../test-support/test-database.ts';
import { writeTestImage } from '../test-support/test-images.ts';
import { ImageStore } from './image-store.ts';
import { variantFileName, variantWidths } from './image-variants.ts';
import { readImageFile } from './read-image-file.ts';

const temporary = createTemporaryDirectory('sahifa-images-');
const file = (name: string) => path.join(temporary.directory, name);
afterAll(() => temporary.remove());

describe('readImageFile', () => {
  it('accepts a real photo and reports its upright size, format and content hash', async () => {
    const image = await readImageFile(await writeTestImage(file('photo.jpg'), { width: 1000, height: 600 }));
    expect(image).toMatchObject({ format: 'jpeg', width: 1000, height: 600 });
    expect(image.hash).toMatch(/^[0-9a-f]{24}$/);
    const again = await readImageFile(file('photo.jpg'));
    expect(again.hash).toBe(image.hash);
  });

  it('reads the EXIF orientation: a portrait shot stored sideways is portrait', async () => {
    const sideways = await sharp(await fs.promises.readFile(await writeTestImage(file('land.jpg'), { width: 600, height: 400 })))
      .withMetadata({ orientation: 6 })
      .jpeg()
      .toBuffer();
    fs.writeFileSync(file('rotated.jpg'), sideways);
    expect(await readImageFile(file('rotated.jpg'))).toMatchObject({ width: 400, height: 600 });
  });

  it.each([
    ['a text file', 'notes.jpg', (name: string) => fs.writeFileSync(file(name), 'وزير الخارجية يصل إلى العاصمة'), /notes\.jpg: not an image/],
    ['an empty file', 'empty.png', (name: string) => fs.writeFileSync(file(name), ''), /empty\.png: the file is empty/],
    ['a missing file', 'missing.jpg', () => undefined, /missing\.jpg: no such file/],
    ['a truncated JPEG', 'cut.jpg', (name: string) => fs.writeFileSync(file(name), fs.readFileSync(file('photo.jpg')).subarray(0, 2000)), /cut\.jpg: the image is damaged/],
    ['an SVG', 'logo.svg', (name: string) => fs.writeFileSync(file(name), '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"/>'), /logo\.svg: svg images are not accepted/],
  ])('refuses %s with a clear message', async (_label, name, make, message) => {
    make(name);
    await expect(readImageFile(file(name))).rejects.toThrow(message);
  });

  it('refuses huge dimensions without decoding the pixels', async () => {
    // 13,000 × 20 pixels of one colour is a few kilobytes as PNG: the size, not the bytes, is the problem.
    await sharp({ create: { width: 13_000, height: 20, channels: 3, background: '#808080' } }).png().toFile(file('banner.png'));
    await expect(readImageFile(file('banner.png'))).rejects.toThrow(/banner\.png: the image is too large \(13000×20 pixels/);
    await sharp({ create: { width: 8, height: 8, channels: 3, background: '#808080' } }).png().toFile(file('dot.png'));
    await expect(readImageFile(file('dot.png'))).rejects.toThrow(/dot\.png: the image is too small/);
  });
});

describe('ImageStore', () => {
  it('stores the original and AVIF, WebP and JPEG variants at every width it can fill', async () => {
    const store = new ImageStore(file('store'));
    const stored = await store.save(await readImageFile(await writeTestImage(file('wide.png'), { width: 1000, height: 600, format: 'png', hue: 20 })));
    expect(stored).toMatchObject({ width: 1000, height: 600, format: 'png' });
    expect(variantWidths(1000)).toEqual([400, 800, 1000]);
    const names = fs.readdirSync(file('store')).sort();
    expect(names).toHaveLength(1 + 3 * 3);
    for (const [name, format, width] of [
      [variantFileName(stored.hash, 400, 'avif'), 'heif', 400],
      [variantFileName(stored.hash, 800, 'webp'), 'webp', 800],
      [variantFileName(stored.hash, 1000, 'jpeg'), 'jpeg', 1000],
    ] as const) {
      const metadata = await sharp(file(`store/${name}`)).metadata();
      expect([metadata.format, metadata.width, metadata.height]).toEqual([format, width, Math.round((600 * width) / 1000)]);
    }
    expect(names.some((name) => name.endsWith('.tmp'))).toBe(false);
  });

  it('makes a missing variant again from the original, and no variant the original cannot fill', async () => {
    const store = new ImageStore(file('store'));
    const stored = await store.save(await readImageFile(file('wide.png')));
    const name = variantFileName(stored.hash, 800, 'avif');
    fs.rmSync(file(`store/${name}`));
    const [first, second] = await Promise.all([store.variantPath(name), store.variantPath(name)]);
    expect(first).toBe(file(`store/${name}`));
    expect(second).toBe(first);
    expect((await sharp(first ?? '').metadata()).width).toBe(800);
    expect(await store.variantPath(variantFileName(stored.hash, 1200, 'webp'))).toBeNull();
    expect(await store.variantPath(variantFileName('0'.repeat(24), 400, 'webp'))).toBeNull();
    expect(await store.variantPath('../../etc/passwd')).toBeNull();
  });
});
