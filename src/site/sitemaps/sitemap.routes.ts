/**
 * `/robots.txt`, the sitemap index `/sitemap.xml`, paged article sitemaps, the sections sitemap and a
 * Google News sitemap of the last 48 hours, written with the `sitemap` package.
 */
import { Readable } from 'node:stream';
import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import { EnumChangefreq, SitemapIndexStream, SitemapStream, streamToPromise, type SitemapItemLoose } from 'sitemap';
import type { AppContext } from '../../app/app-context.ts';
import { countPublishedArticles, listCategories, listPublishedArticleUrls, listPublishedSources } from '../../articles/article.repository.ts';
import { sourcePath } from '../article.presenter.ts';
import { articlePath } from '../../articles/article-path.ts';
import { renderNotFound } from '../error-pages.tsx';
import { countTaggedEntities, listTaggedEntitySlugs } from '../../tags/entity.repository.ts';
import { tagPath } from '../../tags/tag-path.ts';
import { strings } from '../strings.ts';

/** Well under the protocol's 50,000 URLs, so a page renders quickly. */
export const ARTICLES_PER_SITEMAP = 5000;
/** Tag pages of the entities that published articles name. */
export const TAGS_PER_SITEMAP = 5000;
const NEWS_WINDOW_MS = 48 * 60 * 60 * 1000;
/**
 * The Google News sitemap when nothing was published in the last 48 hours: the sitemap index always
 * lists it, and the `sitemap` package refuses to write a sitemap without URLs (EmptySitemap).
 */
const EMPTY_NEWS_SITEMAP =
  '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"></urlset>';

async function render(stream: SitemapStream | SitemapIndexStream, items: unknown[]): Promise<string> {
  const source = Readable.from(items);
  return (await streamToPromise(source.pipe(stream))).toString('utf8');
}

function sendXml(reply: FastifyReply, xml: string) {
  return reply.type('application/xml; charset=utf-8').header('cache-control', 'public, max-age=900').send(xml);
}

export function sitemapRoutes(context: AppContext, now: () => Date = () => new Date()): FastifyPluginAsyncTypebox {
  const { baseUrl } = context.config;
  return async (app) => {
    app.get('/robots.txt', async (_request, reply) =>
      reply
        .type('text/plain; charset=utf-8')
        .send(`User-agent: *\nAllow: /\nDisallow: /api/\nDisallow: /search\n\nSitemap: ${baseUrl}/sitemap.xml\n`),
    );

    app.get('/sitemap.xml', async (_request, reply) => {
      const pages = Math.max(1, Math.ceil((await countPublishedArticles(context.db)) / ARTICLES_PER_SITEMAP));
      const sitemaps = [
        `${baseUrl}/sitemaps/sections.xml`,
        `${baseUrl}/sitemaps/news.xml`,
        ...Array.from({ length: pages }, (_, index) => `${baseUrl}/sitemaps/articles-${index + 1}.xml`),
        ...Array.from({ length: Math.ceil((await countTaggedEntities(context.db)) / TAGS_PER_SITEMAP) }, (_, index) => `${baseUrl}/sitemaps/tags-${index + 1}.xml`),
      ];
      return sendXml(reply, await render(new SitemapIndexStream(), sitemaps.map((url) => ({ url }))));
    });

    app.get('/sitemaps/sections.xml', async (_request, reply) => {
      const [categories, sources] = await Promise.all([listCategories(context.db), listPublishedSources(context.db)]);
      const items: SitemapItemLoose[] = [
        { url: '/', changefreq: EnumChangefreq.HOURLY },
        ...categories.map((category) => ({ url: `/categories/${encodeURIComponent(category.slug)}`, changefreq: EnumChangefreq.HOURLY })),
        ...[...new Set(sources.map(sourcePath))].map((url) => ({ url, changefreq: EnumChangefreq.DAILY })),
      ];
      return sendXml(reply, await render(new SitemapStream({ hostname: baseUrl }), items));
    });

    app.get(
      '/sitemaps/articles-:page.xml',
      { schema: { params: Type.Object({ page: Type.Integer({ minimum: 1, maximum: 100_000 }) }) } },
      async (request, reply) => {
        const rows = await listPublishedArticleUrls(context.db, { limit: ARTICLES_PER_SITEMAP, offset: (request.params.page - 1) * ARTICLES_PER_SITEMAP });
        if (rows.length === 0) return renderNotFound(context, reply);
        const items = rows.map((row) => ({ url: articlePath(row), lastmod: row.updated_at }));
        return sendXml(reply, await render(new SitemapStream({ hostname: baseUrl }), items));
      },
    );

    app.get(
      '/sitemaps/tags-:page.xml',
      { schema: { params: Type.Object({ page: Type.Integer({ minimum: 1, maximum: 100_000 }) }) } },
      async (request, reply) => {
        const slugs = await listTaggedEntitySlugs(context.db, { limit: TAGS_PER_SITEMAP, offset: (request.params.page - 1) * TAGS_PER_SITEMAP });
        if (slugs.length === 0) return renderNotFound(context, reply);
        const items = slugs.map((slug) => ({ url: tagPath(slug), changefreq: EnumChangefreq.DAILY }));
        return sendXml(reply, await render(new SitemapStream({ hostname: baseUrl }), items));
      },
    );

    app.get('/sitemaps/news.xml', async (_request, reply) => {
      const since = new Date(now().getTime() - NEWS_WINDOW_MS).toISOString();
      const rows = await listPublishedArticleUrls(context.db, { limit: 1000, offset: 0 }, since);
      const items = rows.map((row) => ({
        url: articlePath(row),
        lastmod: row.updated_at,
        news: { publication: { name: strings.siteName, language: 'ar' }, publication_date: row.published_at, title: row.title },
      }));
      if (items.length === 0) return sendXml(reply, EMPTY_NEWS_SITEMAP);
      const stream = new SitemapStream({ hostname: baseUrl, xmlns: { news: true, xhtml: false, image: false, video: false } });
      return sendXml(reply, await render(stream, items));
    });
  };
}
