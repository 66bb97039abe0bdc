/**
 * The memory of the page cache: rendered responses by request key, each tagged with the content version
 * it was rendered at, least recently used first out once their bytes pass the bound. A Map keeps
 * insertion order, so moving an entry to the end on every hit makes its first key the LRU one.
 */

export type PageEncoding = 'br' | 'gzip';

export interface CachedPage {
  /** The content version read before rendering: the page is at least that fresh. */
  version: number;
  /** When it was rendered (ms since the epoch); pages expire after a time as well (relative dates, most-read). */
  storedAt: number;
  expiresAt: number;
  /** Response headers to repeat (content type, cache control, last-modified …), lower-case names. */
  headers: Record<string, string>;
  etag: string;
  /** Parsed `last-modified`, for `if-modified-since`; undefined when the route set none. */
  lastModified: number | undefined;
  body: Buffer;
  /** Compressed bodies, made once on first demand. */
  variants: Partial<Record<PageEncoding, Buffer>>;
  /** Bytes accounted for this entry (bodies, headers, key). */
  size: number;
}

/** Bookkeeping (Map slot, objects, header strings) beyond the bodies, so many tiny pages still count. */
const ENTRY_OVERHEAD_BYTES = 512;

export function entrySize(key: string, page: Pick<CachedPage, 'headers' | 'body' | 'variants' | 'etag'>): number {
  let size = ENTRY_OVERHEAD_BYTES + key.length * 2 + page.etag.length * 2 + page.body.length;
  for (const [name, value] of Object.entries(page.headers)) size += (name.length + value.length) * 2;
  for (const variant of Object.values(page.variants)) size += variant?.length ?? 0;
  return size;
}

export class PageStore {
  readonly #entries = new Map<string, CachedPage>();
  #bytes = 0;

  constructor(readonly maxBytes: number) {}

  get bytes(): number {
    return this.#bytes;
  }

  get size(): number {
    return this.#entries.size;
  }

  /** The page for a key when it is of this content version and not expired; a stale one is dropped. */
  get(key: string, version: number, now: number): CachedPage | undefined {
    const page = this.#entries.get(key);
    if (page === undefined) return undefined;
    this.#entries.delete(key);
    if (page.version !== version || page.expiresAt <= now) {
      this.#bytes -= page.size;
      return undefined;
    }
    this.#entries.set(key, page);
    return page;
  }

  /** Stores a page unless it alone would take more than a quarter of the bound (it would flush the rest). */
  set(key: string, page: Omit<CachedPage, 'size'>): CachedPage | undefined {
    const size = entrySize(key, page);
    this.delete(key);
    if (size > this.maxBytes / 4) return undefined;
    const entry: CachedPage = { ...page, size };
    this.#entries.set(key, entry);
    this.#bytes += size;
    this.#evict();
    return entry;
  }

  /** Adds a compressed body to a stored page, if that page is still the one stored under the key. */
  addVariant(key: string, page: CachedPage, encoding: PageEncoding, body: Buffer): void {
    if (page.variants[encoding] !== undefined) return;
    page.variants[encoding] = body;
    if (this.#entries.get(key) !== page) return;
    page.size += body.length;
    this.#bytes += body.length;
    this.#evict();
  }

  delete(key: string): void {
    const page = this.#entries.get(key);
    if (page === undefined) return;
    this.#entries.delete(key);
    this.#bytes -= page.size;
  }

  clear(): void {
    this.#entries.clear();
    this.#bytes = 0;
  }

  #evict(): void {
    for (const [key, page] of this.#entries) {
      if (this.#bytes <= this.maxBytes) return;
      this.#entries.delete(key);
      this.#bytes -= page.size;
    }
  }
}
