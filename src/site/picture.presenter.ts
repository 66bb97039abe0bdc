/** Turns a stored lead image into what `<picture>` and the share cards need: srcsets per format, size, alt text. */
import { imageVariantPath, variantWidths, type ImageFormat } from '../images/image-variants.ts';

export interface StoredImageFacts {
  hash: string;
  width: number;
  height: number;
}

export interface PictureView {
  width: number;
  height: number;
  alt: string;
  /** The JPEG every browser can show, for `<img src>`. */
  src: string;
  srcset: Record<ImageFormat, string>;
  /** The variant for social cards and JSON-LD (absolute URL), with its size. */
  card: { url: string; width: number; height: number };
}

const FALLBACK_WIDTH = 800;
const CARD_WIDTH = 1200;

function closestWidth(widths: number[], wanted: number): number {
  return widths.filter((width) => width <= wanted).pop() ?? widths[0] ?? wanted;
}

export function presentPicture(image: StoredImageFacts, alt: string, baseUrl: string): PictureView {
  const widths = variantWidths(image.width);
  const heightAt = (width: number) => Math.round((image.height * width) / image.width);
  const srcsetOf = (format: ImageFormat) => widths.map((width) => `${imageVariantPath(image.hash, width, format)} ${width}w`).join(', ');
  const cardWidth = closestWidth(widths, CARD_WIDTH);
  const fallbackWidth = closestWidth(widths, FALLBACK_WIDTH);
  return {
    width: image.width,
    height: image.height,
    alt,
    src: imageVariantPath(image.hash, fallbackWidth, 'jpeg'),
    srcset: { avif: srcsetOf('avif'), webp: srcsetOf('webp'), jpeg: srcsetOf('jpeg') },
    card: { url: `${baseUrl}${imageVariantPath(image.hash, cardWidth, 'jpeg')}`, width: cardWidth, height: heightAt(cardWidth) },
  };
}
