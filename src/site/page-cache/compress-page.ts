/**
 * The compressed forms of a cached page: the encoding a reader accepts (Brotli before gzip, as
 * `@fastify/compress` prefers) and the compression itself, on the libuv thread pool so that the event
 * loop keeps serving while a page is compressed once for all the readers after it.
 */
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { PageEncoding } from './page-store.ts';

const brotliCompress = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** Below this, compressing saves less than the header costs (the `@fastify/compress` threshold). */
export const COMPRESSION_THRESHOLD_BYTES = 1024;

/**
 * How hard to compress. A page the cache keeps is compressed once and sent many times: Brotli quality
 * 5 of 11 and gzip's default 6 pay there. A page rendered for one response (the cache off, or a page
 * it may not keep) is compressed on every request, where the compression is a large share of the
 * page's CPU time: Brotli quality 0 and gzip 1. Measured on the 301 demo article pages (24.5 KB each on
 * average; CPU time per page on a loaded machine): Brotli 1 in 88 µs to 6.6 KB, against 153 µs to
 * 6.0 KB at 2 and 76 µs to 6.8 KB at 0; gzip 1 in 153 µs to 6.3 KB, against 230 µs to 5.7 KB at 4. The
 * 39 KB home page: Brotli 1 in 121 µs to 11.8 KB against 200 µs to 10.8 KB at 2. A tenth more bytes
 * on the local network or a CDN's link costs less than the CPU time, which bounds a server's rate of
 * uncached pages. Above 5 Brotli's time grows far faster than its gain
 * (https://blog.cloudflare.com/results-experimenting-brotli/). Quality 0 rather than 1 for a page sent
 * once: over those 301 pages with the home and a search page, 70–75 µs to 6,766 bytes against 88–90 µs
 * to 6,623 (2% more bytes for a sixth less time, in two runs); a smaller window (`BROTLI_PARAM_LGWIN`
 * 16 or 18 instead of 22), the generic mode and leaving out the size hint each changed neither time nor
 * bytes by more than the noise; gzip 1 took 152–155 µs to 6,332 bytes.
 */
export type CompressionEffort = 'kept' | 'single-use';

const BROTLI_QUALITY: Record<CompressionEffort, number> = { kept: 5, 'single-use': 0 };
const GZIP_LEVEL: Record<CompressionEffort, number> = { kept: 6, 'single-use': 1 };

export function compressPage(body: Buffer, encoding: PageEncoding, effort: CompressionEffort = 'kept'): Promise<Buffer> {
  if (encoding === 'gzip') return gzip(body, { level: GZIP_LEVEL[effort] });
  const { BROTLI_PARAM_QUALITY, BROTLI_PARAM_MODE, BROTLI_MODE_TEXT, BROTLI_PARAM_SIZE_HINT } = zlib.constants;
  return brotliCompress(body, { params: { [BROTLI_PARAM_QUALITY]: BROTLI_QUALITY[effort], [BROTLI_PARAM_MODE]: BROTLI_MODE_TEXT, [BROTLI_PARAM_SIZE_HINT]: body.length } });
}

/**
 * Up to this size a single-use page is compressed at once on the event loop (Brotli 0: about 0.07 ms
 * for a 32 KB article) rather than on the thread pool: the pool's round trip and the stream machinery
 * around it cost more than the compression itself, and on two cores the work competes for the same CPU
 * anyway. Larger bodies (a long sitemap) go to the pool, so as not to hold up other requests.
 */
const COMPRESS_AT_ONCE_BYTES = 256 * 1024;

/** `compressPage` for a page sent once, with the single-use effort. */
export function compressSingleUse(body: Buffer, encoding: PageEncoding): Buffer | Promise<Buffer> {
  if (body.length > COMPRESS_AT_ONCE_BYTES) return compressPage(body, encoding, 'single-use');
  if (encoding === 'gzip') return zlib.gzipSync(body, { level: GZIP_LEVEL['single-use'] });
  const { BROTLI_PARAM_QUALITY, BROTLI_PARAM_MODE, BROTLI_MODE_TEXT, BROTLI_PARAM_SIZE_HINT } = zlib.constants;
  return zlib.brotliCompressSync(body, {
    params: { [BROTLI_PARAM_QUALITY]: BROTLI_QUALITY['single-use'], [BROTLI_PARAM_MODE]: BROTLI_MODE_TEXT, [BROTLI_PARAM_SIZE_HINT]: body.length },
  });
}

function acceptedQuality(header: string, coding: string): number | undefined {
  let wildcard: number | undefined;
  for (const part of header.split(',')) {
    const [name = '', ...parameters] = part.trim().toLowerCase().split(';');
    const qualityParameter = parameters.map((parameter) => parameter.trim()).find((parameter) => parameter.startsWith('q='));
    const quality = qualityParameter === undefined ? 1 : Number(qualityParameter.slice(2));
    const value = Number.isNaN(quality) ? 0 : quality;
    if (name.trim() === coding) return value;
    if (name.trim() === '*') wildcard = value;
  }
  return wildcard;
}

/** The encoding to send for an `Accept-Encoding` header, or undefined for the page as it is. */
export function chooseEncoding(header: string | undefined): PageEncoding | undefined {
  if (header === undefined || header === '') return undefined;
  // The common headers of browsers and CDNs, answered without parsing.
  if (header === 'gzip, deflate, br' || header === 'gzip, deflate, br, zstd' || header === 'br, gzip' || header === 'br') return 'br';
  if (header === 'gzip' || header === 'gzip, deflate') return 'gzip';
  const br = acceptedQuality(header, 'br') ?? 0;
  const gzipQuality = acceptedQuality(header, 'gzip') ?? acceptedQuality(header, 'x-gzip') ?? 0;
  if (br > 0 && br >= gzipQuality) return 'br';
  if (gzipQuality > 0) return 'gzip';
  return undefined;
}
