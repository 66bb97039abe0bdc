/**
 * Reads and checks a lead image before anything is stored: sharp must recognise it as a photo format,
 * and its size must be one a newsroom photo has (not a 40,000-pixel decompression bomb).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import sharp from 'sharp';
import { ImageError } from './image-error.ts';

export const MAX_IMAGE_BYTES = 30 * 1024 * 1024;
export const MAX_IMAGE_SIDE = 12_000;
export const MAX_IMAGE_PIXELS = 50_000_000;
export const MIN_IMAGE_SIDE = 16;
const ACCEPTED_FORMATS = new Set(['jpeg', 'png', 'webp', 'avif', 'heif', 'gif', 'tiff']);

export interface ValidatedImage {
  bytes: Buffer;
  /** Hex SHA-256 prefix of the bytes: the stored file's name. */
  hash: string;
  format: string;
  /** Upright (after the EXIF orientation), in pixels. */
  width: number;
  height: number;
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export async function readImageBytes(label: string, bytes: Buffer): Promise<ValidatedImage> {
  let metadata: sharp.Metadata;
  try {
    // Reading the header is enough to reject what is not an image, without decoding it.
    metadata = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch (error) {
    throw new ImageError(`${label}: not an image (${(error as Error).message.toLowerCase()})`);
  }
  const format = metadata.format ?? 'unknown';
  if (!ACCEPTED_FORMATS.has(format)) throw new ImageError(`${label}: ${format} images are not accepted (use JPEG, PNG, WebP or AVIF)`);
  const width = metadata.autoOrient?.width ?? metadata.width;
  const height = metadata.autoOrient?.height ?? metadata.height;
  if (!width || !height) throw new ImageError(`${label}: the image has no dimensions`);
  if (width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE || width * height > MAX_IMAGE_PIXELS) {
    throw new ImageError(`${label}: the image is too large (${width}×${height} pixels; at most ${MAX_IMAGE_SIDE} a side and ${MAX_IMAGE_PIXELS / 1e6} megapixels)`);
  }
  if (width < MIN_IMAGE_SIDE || height < MIN_IMAGE_SIDE) throw new ImageError(`${label}: the image is too small (${width}×${height} pixels)`);
  // The pixels must decode too: a truncated or corrupt file fails here rather than on a reader's screen.
  try {
    await sharp(bytes, { failOn: 'error' }).resize({ width: 8 }).raw().toBuffer();
  } catch (error) {
    throw new ImageError(`${label}: the image is damaged (${(error as Error).message.toLowerCase()})`);
  }
  return { bytes, hash: createHash('sha256').update(bytes).digest('hex').slice(0, 24), format, width, height };
}

export async function readImageFile(filePath: string): Promise<ValidatedImage> {
  let stat;
  try {
    stat = await fs.stat(filePath);
  } catch {
    throw new ImageError(`${filePath}: no such file`);
  }
  if (!stat.isFile()) throw new ImageError(`${filePath}: not a regular file`);
  if (stat.size === 0) throw new ImageError(`${filePath}: the file is empty`);
  if (stat.size > MAX_IMAGE_BYTES) throw new ImageError(`${filePath}: the file is too large (${megabytes(stat.size)}; at most ${megabytes(MAX_IMAGE_BYTES)})`);
  return readImageBytes(filePath, await fs.readFile(filePath));
}
