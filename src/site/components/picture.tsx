/**
 * A responsive lead image: AVIF, then WebP, then JPEG, each in several widths for the browser to pick
 * from `sizes`. Width and height are set so the page does not shift while it loads; only the image at
 * the top of a page loads eagerly, the rest wait until they come near the screen.
 */
import type { PictureView } from '../picture.presenter.ts';

export interface PictureProps {
  picture: PictureView;
  /** How wide the image is shown, as the `sizes` attribute says it. */
  sizes: string;
  /** The first image on the page: loaded at once and with priority. */
  eager?: boolean;
  class?: string;
}

export function Picture({ picture, sizes, eager = false, class: className }: PictureProps) {
  return (
    <picture class={className}>
      <source type="image/avif" srcset={picture.srcset.avif} sizes={sizes} />
      <source type="image/webp" srcset={picture.srcset.webp} sizes={sizes} />
      <img
        src={picture.src}
        srcset={picture.srcset.jpeg}
        sizes={sizes}
        width={picture.width}
        height={picture.height}
        alt={picture.alt}
        loading={eager ? 'eager' : 'lazy'}
        decoding={eager ? 'auto' : 'async'}
        {...(eager ? { fetchpriority: 'high' } : {})}
      />
    </picture>
  );
}
