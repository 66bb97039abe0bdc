/**
 * The responsive sizes and formats of a lead image, and how their files are named: `<hash>-<width>.<ext>`
 * beside the original `<hash>.orig`. Names carry the content hash, so a file never changes once written.
 */

/** Widths in CSS pixels × density that layouts ask for: a phone at 2× to a wide screen at 2×. */
export const IMAGE_WIDTHS = [400, 800, 1200, 1600] as const;

export const IMAGE_FORMATS = ['avif', 'webp', 'jpeg'] as const;
export type ImageFormat = (typeof IMAGE_FORMATS)[number];

const EXTENSIONS: Record<ImageFormat, string> = { avif: 'avif', webp: 'webp', jpeg: 'jpg' };
export const CONTENT_TYPES: Record<ImageFormat, string> = { avif: 'image/avif', webp: 'image/webp', jpeg: 'image/jpeg' };

const VARIANT_NAME = /^([0-9a-f]{24})-([0-9]{1,5})\.(avif|webp|jpg)$/;

/** The widths made for an original: the standard ones it can fill, and its own width when smaller than the largest. */
export function variantWidths(originalWidth: number): number[] {
  const widths: number[] = IMAGE_WIDTHS.filter((width) => width < originalWidth);
  const largest = IMAGE_WIDTHS[IMAGE_WIDTHS.length - 1] ?? originalWidth;
  widths.push(Math.min(originalWidth, largest));
  return widths;
}

export function variantFileName(hash: string, width: number, format: ImageFormat): string {
  return `${hash}-${width}.${EXTENSIONS[format]}`;
}

export function originalFileName(hash: string): string {
  return `${hash}.orig`;
}

export interface VariantName {
  hash: string;
  width: number;
  format: ImageFormat;
}

export function parseVariantFileName(name: string): VariantName | null {
  const match = VARIANT_NAME.exec(name);
  if (!match) return null;
  const extension = match[3];
  const format = IMAGE_FORMATS.find((candidate) => EXTENSIONS[candidate] === extension);
  return format ? { hash: match[1] ?? '', width: Number(match[2]), format } : null;
}

/** The URL path of a variant, as pages link it. */
export function imageVariantPath(hash: string, width: number, format: ImageFormat): string {
  return `/images/${variantFileName(hash, width, format)}`;
}
