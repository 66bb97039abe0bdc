/** RSS and Atom feeds of the whole site (`/feed.xml`, `/atom.xml`) and of each section (`/categories/:slug/feed.xml`). */
import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import type { AppContext } from '../../app/app-context.ts';
import { findCategoryBySlug } from '../../articles/article.repository.ts';
import { getLatestArticles } from '../../articles/article.service.ts';
import { presentArticleTeaser } from '../article.presenter.ts';
import { renderNotFound } from '../error-pages.tsx';
import { strings } from '../strings.ts';
import { buildFeed, type FeedDescription } from './build-feed.ts';

const FEED_SIZE = 50;
type FeedFormat = 'rss' | 'atom';

export function feedRoutes(context: AppContext): FastifyPluginAsyncTypebox {
  const { baseUrl, timeZone } = context.config;

  const sendFeed = async (reply: FastifyReply, format: FeedFormat, description: FeedDescription, categoryId?: number) => {
    const latest = await getLatestArticles(context.db, { limit: FEED_SIZE, offset: 0 }, categoryId === undefined ? {} : { categoryId });
    const feed = buildFeed(description, latest.articles.map((article) => presentArticleTeaser(article, { baseUrl, timeZone })), baseUrl);
    reply.header('cache-control', 'public, max-age=300');
    if (format === 'atom') return reply.type('application/atom+xml; charset=utf-8').send(feed.atom1());
    return reply.type('application/rss+xml; charset=utf-8').send(feed.rss2());
  };

  return async (app) => {
    for (const [path, format] of [['/feed.xml', 'rss'], ['/atom.xml', 'atom']] as const) {
      app.get(path, async (_request, reply) =>
        sendFeed(reply, format, {
          title: strings.homeTitle,
          description: strings.homeDescription,
          pageUrl: `${baseUrl}/`,
          rssUrl: `${baseUrl}/feed.xml`,
          atomUrl: `${baseUrl}/atom.xml`,
        }),
      );
    }

    for (const [file, format] of [['feed.xml', 'rss'], ['atom.xml', 'atom']] as const) {
      app.get(`/categories/:slug/${file}`, { schema: { params: Type.Object({ slug: Type.String({ maxLength: 200 }) }) } }, async (request, reply) => {
        const category = await findCategoryBySlug(context.db, request.params.slug);
        if (!category) return renderNotFound(context, reply);
        const pageUrl = `${baseUrl}/categories/${encodeURIComponent(category.slug)}`;
        return sendFeed(
          reply,
          format,
          {
            title: `${category.name} — ${strings.siteName}`,
            description: `${strings.latestNews}: ${category.name}`,
            pageUrl,
            rssUrl: `${pageUrl}/feed.xml`,
            atomUrl: `${pageUrl}/atom.xml`,
          },
          category.id,
        );
      });
    }
  };
}
