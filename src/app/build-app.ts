/** Composes the Fastify application: assets, site pages, API, and the error and not-found answers. */
import fastifyCompress from '@fastify/compress';
import fastifyEtag from '@fastify/etag';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { LogController, type FastifyError, type FastifyInstance, type FastifyRequest } from 'fastify';
import { articlesApiRoutes } from '../api/articles.routes.ts';
import { sendApiError } from '../api/api-error.ts';
import { proofApiRoutes } from '../api/proof.routes.ts';
import { tagsApiRoutes } from '../api/tags.routes.ts';
import { tagRoutes } from '../site/tags.routes.tsx';
import { assetsRoutes } from '../site/assets.routes.ts';
import { renderMessagePage } from '../site/error-pages.tsx';
import { siteRoutes } from '../site/site.routes.tsx';
import { feedRoutes } from '../site/feeds/feed.routes.ts';
import { searchRoutes } from '../site/search.routes.tsx';
import { searchApiRoutes } from '../api/search.routes.ts';
import { sitemapRoutes } from '../site/sitemaps/sitemap.routes.ts';
import { sourcePagesRoutes } from '../site/source-pages.routes.tsx';
import { viewBeaconRoutes } from '../most-read/view-beacon.routes.ts';
import type { ViewRecorder } from '../most-read/view-counter.ts';
import { imagesRoutes } from '../site/images.routes.ts';
import type { AppContext } from './app-context.ts';
import { createServerLogger, logEveryRequest } from './access-log.ts';
import { readContentVersion } from '../publishing/content-version.ts';
import { installPageCache, type PageCache } from '../site/page-cache/page-cache.ts';
import { limitRequestsPerTurn } from './requests-per-turn.ts';

declare module 'fastify' {
  interface FastifyInstance {
    pageCache: PageCache;
  }
}

export interface BuildAppOptions {
  /** Pino logger options, or false for none (tests). */
  logger?: boolean | { level: string };
  /** Where the view beacon hands views; by default a counter in this process. */
  views?: ViewRecorder;
}

function isApiRequest(request: FastifyRequest): boolean {
  return request.url === '/api' || request.url.startsWith('/api/');
}

function statusOf(error: FastifyError): number {
  const status = error.statusCode ?? 500;
  return status >= 400 && status < 600 ? status : 500;
}

/** A number of proxies is the `(address, hop) => hop < n` that proxy-addr makes of it (Fastify's types take no number). */
function fastifyTrustProxy(setting: AppContext['config']['trustProxy']): boolean | string[] | ((address: string, hop: number) => boolean) {
  return typeof setting === 'number' ? (_address, hop) => hop < setting : setting;
}

export async function buildApp(context: AppContext, options: BuildAppOptions = {}): Promise<FastifyInstance> {
  const logger = options.logger ? createServerLogger(options.logger === true ? 'info' : options.logger.level) : undefined;
  const app = Fastify({
    ...(logger ? { loggerInstance: logger } : { logger: false }),
    // One access line per request (access-log.ts) instead of Fastify's two.
    logController: new LogController({ disableRequestLogging: true }),
    // A URL that does not decode (`/%ff`) names no page: answered like any other unknown address.
    frameworkErrors: async (error, request, reply) => {
      if (isApiRequest(request)) return sendApiError(reply, 400, error.message);
      return renderMessagePage(context, reply, error.code === 'FST_ERR_BAD_URL' ? 404 : 400);
    },
    // `request.ip` is the reader's address: from X-Forwarded-For only when it comes from a configured proxy.
    trustProxy: fastifyTrustProxy(context.config.trustProxy),
    // Long Arabic slugs percent-encode to three times their length.
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 2000 },
  }).withTypeProvider<TypeBoxTypeProvider>();

  // Before any other hook: a request waiting for its turn has cost nothing yet.
  limitRequestsPerTurn(app);
  if (logger) logEveryRequest(app);

  app.setErrorHandler(async (error: FastifyError, request, reply) => {
    const status = statusOf(error);
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    if (isApiRequest(request)) {
      return sendApiError(reply, status, status >= 500 ? 'internal server error' : error.message);
    }
    // A malformed path segment (`/articles/abc`) names no page; a malformed query is a bad request.
    const pageStatus = status >= 500 ? 500 : error.validationContext === 'params' || status === 404 ? 404 : 400;
    return renderMessagePage(context, reply, pageStatus);
  });

  app.setNotFoundHandler(async (request, reply) => {
    if (isApiRequest(request)) return sendApiError(reply, 404, `no route ${request.method} ${request.url.split('?')[0]}`);
    return renderMessagePage(context, reply, 404);
  });

  // First, so that pages reach the cache as rendered and leave it with their ETag, compressed.
  const pageCache = installPageCache(app, { maxBytes: context.config.pageCacheBytes, readContentVersion: () => readContentVersion(context.db) });
  app.decorate('pageCache', pageCache);
  // Weak ETags over the uncompressed body: a reader's or a CDN's revalidation gets a 304.
  await app.register(fastifyEtag, { weak: true });
  await app.register(fastifyCompress, { global: true, encodings: ['br', 'gzip'] });
  await app.register(assetsRoutes);
  await app.register(siteRoutes(context));
  await app.register(searchRoutes(context));
  await app.register(sourcePagesRoutes(context));
  await app.register(viewBeaconRoutes(context, {}, options.views));
  await app.register(imagesRoutes(context));
  await app.register(searchApiRoutes(context));
  await app.register(feedRoutes(context));
  await app.register(sitemapRoutes(context));
  await app.register(articlesApiRoutes(context));
  await app.register(proofApiRoutes(context));
  await app.register(tagsApiRoutes(context));
  await app.register(tagRoutes(context));
  return app;
}
