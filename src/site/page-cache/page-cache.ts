/**
 * The in-process cache of rendered pages, for every GET route of the site (pages, feeds, sitemaps)
 * outside `/api/` and `/assets/`, without any work in the route.
 *
 * - A page is stored under its request (`cache-key.ts`) with the content version read before it was
 *   rendered; every article write bumps that version in the database (`afterArticlesWritten`), so the
 *   next request, in this process or another on the same database, renders afresh.
 * - Pages also expire after `maxAgeSeconds` (60 by default, the browsers' `max-age`), for what changes
 *   with time and no article write: relative dates («منذ ساعتين»), the 48-hour news sitemap, most-read.
 *   A route may set `config: { pageCache: { maxAgeSeconds } }`, or `config: { pageCache: false }`.
 * - Its Brotli and gzip forms are made once, on first demand, and kept beside it (`Vary: Accept-Encoding`).
 * - ETag (weak, over the page as rendered) and the route's Last-Modified answer conditional requests with 304.
 * - Only what a shared cache may keep is kept (RFC 9111 §3, and Varnish's built-in rule for requests):
 *   a request with a `Cookie` or `Authorization` header is neither served from nor stored in the cache,
 *   and a response is stored only if it is a 200 of text (HTML, XML, JSON, plain), sets no cookie, is not
 *   `private`/`no-store`/`no-cache`, and varies on nothing but `Accept-Encoding`. Error pages never are.
 * - When many readers ask at once for a page not yet rendered (say the home page just after a
 *   publication), one renders it and the others wait for it.
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions, onRequestHookHandler } from 'fastify';
import { pageCacheKey } from './cache-key.ts';
import { chooseEncoding, compressPage, compressSingleUse, COMPRESSION_THRESHOLD_BYTES } from './compress-page.ts';
import { isNotModified } from './conditional.ts';
import { PageStore, type CachedPage, type PageEncoding } from './page-store.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** `false`: never cached; otherwise how long a rendered page may be served (default 60 s). */
    pageCache?: false | { maxAgeSeconds: number };
  }
}

export interface PageCacheOptions {
  /** Memory bound in bytes; 0 stores nothing (conditional requests and compression still work). */
  maxBytes: number;
  /** Reads the content version, once per request. */
  readContentVersion: () => Promise<number>;
  maxAgeSeconds?: number;
  now?: () => number;
}

export interface PageCacheStatistics {
  entries: number;
  bytes: number;
  hits: number;
  misses: number;
}

interface PendingRender {
  version: number;
  promise: Promise<CachedPage | undefined>;
  resolve: (page: CachedPage | undefined) => void;
}

interface MissState {
  key: string;
  version: number;
  pending: PendingRender | undefined;
}

const EXCLUDED_PREFIXES = ['/api/', '/assets/'];
const CACHEABLE_TYPE = /^(text\/|application\/([\w.-]+\+)?(xml|json)\b)/;
const UNCACHEABLE_DIRECTIVE = /\b(private|no-store|no-cache)\b/i;
/** Headers the cache sets itself or that belong to one connection. */
const NOT_REPEATED = new Set(['content-length', 'content-encoding', 'etag', 'vary', 'date', 'connection', 'keep-alive', 'transfer-encoding']);

export function weakEtag(body: Buffer): string {
  return `W/"${createHash('sha1').update(body).digest('base64')}"`;
}

function repeatedHeaders(reply: FastifyReply): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(reply.getHeaders())) {
    if (value === undefined || NOT_REPEATED.has(name)) continue;
    headers[name] = Array.isArray(value) ? value.join(', ') : String(value);
  }
  return headers;
}

function isStorable(reply: FastifyReply, payload: unknown): payload is string | Buffer {
  if (reply.statusCode !== 200 || !(typeof payload === 'string' || Buffer.isBuffer(payload))) return false;
  if (reply.hasHeader('set-cookie') || reply.hasHeader('content-encoding')) return false;
  if (!CACHEABLE_TYPE.test(String(reply.getHeader('content-type') ?? ''))) return false;
  if (UNCACHEABLE_DIRECTIVE.test(String(reply.getHeader('cache-control') ?? ''))) return false;
  const vary = reply.getHeader('vary');
  return vary === undefined || String(vary).trim().toLowerCase() === 'accept-encoding';
}

function mayUseCache(request: FastifyRequest): boolean {
  return request.headers.cookie === undefined && request.headers.authorization === undefined;
}

function appliesTo(route: RouteOptions): boolean {
  const methods = Array.isArray(route.method) ? route.method : [route.method];
  if (!methods.every((method) => method === 'GET' || method === 'HEAD')) return false;
  if (route.config?.pageCache === false) return false;
  return !EXCLUDED_PREFIXES.some((prefix) => route.url.startsWith(prefix) || `${route.url}/` === prefix);
}

export class PageCache {
  readonly store: PageStore;
  readonly #readContentVersion: () => Promise<number>;
  readonly #maxAgeMs: number;
  readonly #now: () => number;
  /** Requests for pages: with what a miss must store, or undefined when nothing is to be stored. */
  readonly #pages = new WeakMap<FastifyRequest, MissState | undefined>();
  readonly #pending = new Map<string, PendingRender>();
  readonly #compressing = new WeakMap<CachedPage, Partial<Record<PageEncoding, Promise<Buffer>>>>();
  #latestVersion = -1;
  #hits = 0;
  #missCount = 0;

  constructor(options: PageCacheOptions) {
    this.store = new PageStore(options.maxBytes);
    this.#readContentVersion = options.readContentVersion;
    this.#maxAgeMs = (options.maxAgeSeconds ?? 60) * 1000;
    this.#now = options.now ?? Date.now;
  }

  get enabled(): boolean {
    return this.store.maxBytes > 0;
  }

  /** Forgets every page (the next request for each renders it). */
  clear(): void {
    this.store.clear();
  }

  statistics(): PageCacheStatistics {
    return { entries: this.store.size, bytes: this.store.bytes, hits: this.#hits, misses: this.#missCount };
  }

  /**
   * Adds the cache's hooks to every matching route registered on `app` after this call. Its onSend hook
   * is the app's: it must see a page before `@fastify/etag` and `@fastify/compress` do.
   */
  install(app: FastifyInstance): void {
    const onRequest: onRequestHookHandler = (request, reply) => this.#onRequest(request, reply);
    const settle = async (request: FastifyRequest) => this.#settle(request, undefined);
    app.addHook('onSend', (request, reply, payload) => this.#onSend(request, reply, payload));
    app.addHook('onRoute', (route) => {
      if (!appliesTo(route)) return;
      // Fastify copies a GET route's options for its HEAD route: hooks already there are not added twice.
      route.onRequest = withHook(route.onRequest, onRequest);
      route.onResponse = withHook(route.onResponse, settle);
      route.onRequestAbort = withHook(route.onRequestAbort, settle);
    });
  }

  async #onRequest(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    this.#pages.set(request, undefined);
    if (!this.enabled || !mayUseCache(request)) return;
    const key = pageCacheKey(request.url);
    if (key === undefined) return;
    let version: number;
    try {
      version = await this.#readContentVersion();
    } catch {
      return; // the route itself will meet the database's trouble and answer it
    }
    if (version > this.#latestVersion) {
      // Every stored page is older than the content now: free them at once.
      if (this.#latestVersion !== -1) this.store.clear();
      this.#latestVersion = version;
    }
    let page = this.store.get(key, version, this.#now());
    if (page === undefined) {
      const pending = this.#pending.get(key);
      if (pending !== undefined && pending.version === version) page = await pending.promise;
    }
    if (page !== undefined) {
      this.#hits += 1;
      await this.#sendCached(request, reply, key, page);
      return;
    }
    this.#missCount += 1;
    let pending = this.#pending.get(key);
    if (pending === undefined || pending.version !== version) {
      let resolve!: (page: CachedPage | undefined) => void;
      const promise = new Promise<CachedPage | undefined>((done) => (resolve = done));
      pending = { version, promise, resolve };
      this.#pending.set(key, pending);
    } else {
      pending = undefined; // another request renders this version; this one renders too, without storing twice
    }
    this.#pages.set(request, { key, version, pending });
  }

  async #sendCached(request: FastifyRequest, reply: FastifyReply, key: string, page: CachedPage): Promise<void> {
    reply.headers(page.headers).header('etag', page.etag).header('vary', 'accept-encoding').header('x-page-cache', 'hit');
    if (isNotModified(request.headers, page.etag, page.lastModified)) {
      await reply.code(304).send();
      return;
    }
    const encoding = page.body.length >= COMPRESSION_THRESHOLD_BYTES ? chooseEncoding(request.headers['accept-encoding']) : undefined;
    if (encoding === undefined) {
      await reply.send(page.body);
      return;
    }
    const body = page.variants[encoding] ?? (await this.#compressOnce(key, page, encoding));
    await reply.header('content-encoding', encoding).send(body);
  }

  #compressOnce(key: string, page: CachedPage, encoding: PageEncoding): Promise<Buffer> {
    const running = this.#compressing.get(page) ?? {};
    this.#compressing.set(page, running);
    running[encoding] ??= compressPage(page.body, encoding).then((body) => {
      this.store.addVariant(key, page, encoding, body);
      return body;
    });
    return running[encoding];
  }

  async #onSend(request: FastifyRequest, reply: FastifyReply, payload: unknown): Promise<unknown> {
    if (!this.#pages.has(request) || reply.getHeader('x-page-cache') === 'hit') return payload;
    const miss = this.#pages.get(request);
    this.#pages.delete(request);
    if (!isStorable(reply, payload)) {
      if (miss) this.#settle(request, undefined, miss);
      return payload;
    }
    const body = typeof payload === 'string' ? Buffer.from(payload) : payload;
    const etag = weakEtag(body);
    const lastModifiedHeader = reply.getHeader('last-modified');
    const lastModified = lastModifiedHeader === undefined ? undefined : Date.parse(String(lastModifiedHeader));
    let page: CachedPage | undefined;
    if (miss) {
      const storedAt = this.#now();
      const setting = request.routeOptions.config.pageCache;
      const maxAgeMs = setting ? setting.maxAgeSeconds * 1000 : this.#maxAgeMs;
      const candidate = { version: miss.version, storedAt, expiresAt: storedAt + maxAgeMs, headers: repeatedHeaders(reply), etag, lastModified, body, variants: {} };
      // A page rendered before a newer version was seen is already stale: it is sent, not kept.
      if (miss.pending && miss.version === this.#latestVersion) page = this.store.set(miss.key, candidate);
      this.#settle(request, page, miss);
      reply.header('x-page-cache', 'miss');
    }
    reply.header('etag', etag).header('vary', 'accept-encoding');
    if (isNotModified(request.headers, etag, Number.isNaN(lastModified) ? undefined : lastModified)) {
      reply.code(304);
      return '';
    }
    const encoding = body.length >= COMPRESSION_THRESHOLD_BYTES ? chooseEncoding(request.headers['accept-encoding']) : undefined;
    if (encoding === undefined) return body;
    const compressed = page ? await this.#compressOnce(miss?.key ?? '', page, encoding) : await compressSingleUse(body, encoding);
    reply.header('content-encoding', encoding);
    return compressed;
  }

  /** Lets the readers waiting for this request's render go on, with the stored page or without. */
  #settle(request: FastifyRequest, page: CachedPage | undefined, miss = this.#pages.get(request)): void {
    if (miss === undefined) return;
    this.#pages.delete(request);
    if (miss.pending === undefined) return;
    if (this.#pending.get(miss.key) === miss.pending) this.#pending.delete(miss.key);
    miss.pending.resolve(page);
    miss.pending = undefined;
  }
}

function withHook<T>(existing: T | T[] | undefined, hook: T): T[] {
  const hooks = existing === undefined ? [] : Array.isArray(existing) ? [...existing] : [existing];
  return hooks.includes(hook) ? hooks : [...hooks, hook];
}

export function installPageCache(app: FastifyInstance, options: PageCacheOptions): PageCache {
  const cache = new PageCache(options);
  cache.install(app);
  return cache;
}
