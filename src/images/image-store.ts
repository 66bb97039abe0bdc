/**
 * The image files under the images folder: the original as uploaded and its responsive variants (AVIF,
 * WebP, JPEG at each width), all named by content hash. Files are written to a temporary name and
 * renamed, so a reader never gets half a file; a variant missing on disk (a folder copied without them,
 * widths changed since) is made again from the original on first request.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { ImageError } from './image-error.ts';
import {
  IMAGE_FORMATS,
  originalFileName,
  parseVariantFileName,
  variantFileName,
  variantWidths,
  type ImageFormat,
  type VariantName,
} from './image-variants.ts';
import type { ValidatedImage } from './read-image-file.ts';

/** What the database keeps about a stored image. */
export interface StoredImage {
  hash: string;
  width: number;
  height: number;
  format: string;
}

// AVIF at effort 2 encodes about five times faster than the default for a few percent more bytes.
const ENCODERS: Record<ImageFormat, (image: sharp.Sharp) => sharp.Sharp> = {
  avif: (image) => image.avif({ quality: 55, effort: 2 }),
  webp: (image) => image.webp({ quality: 75 }),
  jpeg: (image) => image.jpeg({ quality: 80, mozjpeg: true }),
};

async function writeAtomically(filePath: string, bytes: Buffer): Promise<void> {
  const temporary = `${filePath}.${randomBytes(6).toString('hex')}.tmp`;
  await fs.writeFile(temporary, bytes);
  await fs.rename(temporary, filePath);
}

async function exists(filePath: string): Promise<boolean> {
  return fs.access(filePath).then(
    () => true,
    () => false,
  );
}

export class ImageStore {
  private readonly inFlight = new Map<string, Promise<string | null>>();

  constructor(readonly directory: string) {}

  /** Keeps the original and makes every variant; returns what the database should record. */
  async save(image: ValidatedImage): Promise<StoredImage> {
    try {
      await fs.mkdir(this.directory, { recursive: true });
      const original = path.join(this.directory, originalFileName(image.hash));
      if (!(await exists(original))) await writeAtomically(original, image.bytes);
      for (const width of variantWidths(image.width)) {
        for (const format of IMAGE_FORMATS) await this.makeVariant(image.bytes, { hash: image.hash, width, format });
      }
    } catch (error) {
      if (error instanceof ImageError) throw error;
      throw new ImageError(`cannot store the image in ${this.directory}: ${(error as Error).message}`);
    }
    return { hash: image.hash, width: image.width, height: image.height, format: image.format };
  }

  /** The path of a variant file, made from the original if missing; null when no such variant can exist. */
  async variantPath(name: string): Promise<string | null> {
    const variant = parseVariantFileName(name);
    if (!variant) return null;
    const filePath = path.join(this.directory, name);
    if (await exists(filePath)) return filePath;
    let pending = this.inFlight.get(name);
    if (!pending) {
      pending = this.remake(variant).finally(() => this.inFlight.delete(name));
      this.inFlight.set(name, pending);
    }
    return pending;
  }

  private async remake(variant: VariantName): Promise<string | null> {
    const original = path.join(this.directory, originalFileName(variant.hash));
    let bytes: Buffer;
    try {
      bytes = await fs.readFile(original);
    } catch {
      return null;
    }
    const metadata = await sharp(bytes).metadata();
    const width = metadata.autoOrient?.width ?? metadata.width ?? 0;
    if (!variantWidths(width).includes(variant.width)) return null;
    return this.makeVariant(bytes, variant);
  }

  private async makeVariant(original: Buffer, variant: VariantName): Promise<string> {
    const filePath = path.join(this.directory, variantFileName(variant.hash, variant.width, variant.format));
    if (await exists(filePath)) return filePath;
    // rotate() applies the EXIF orientation; the output keeps no metadata (no camera, no GPS position).
    const resized = sharp(original).rotate().resize({ width: variant.width, withoutEnlargement: true });
    await writeAtomically(filePath, await ENCODERS[variant.format](resized).toBuffer());
    return filePath;
  }
}
