/** `/tags/:slug`: an entity's tag page (stories newest first, paginated), and its RSS and Atom feeds. */
import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../app/app-context.ts';
import { getEntityStories, getEntityTeaserPage } from '../tags/tags.service.ts';
import { presentArticleTeaser } from './article.presenter.ts';
import { renderNotFound } from './error-pages.tsx';
import { buildFeed } from './feeds/build-feed.ts';
import { TagPage } from './pages/tag-page.tsx';
import { breadcrumbJsonLd } from './seo/json-ld.ts';
import { loadPageFrame, sendPage } from './site-page.ts';
import { listLastModified } from './list-last-modified.ts';
import { strings } from './strings.ts';
import { presentTagLink, presentTimeline } from './tag.presenter.ts';

const PAGE_SIZE = 20;
const FEED_SIZE = 50;
const SlugParams = Type.Object({ slug: Type.String({ minLength: 1, maxLength: 200 }) });
const PageQuery = Type.Object({ page: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000 })) });

const SCHEMA_TYPES = { PER: 'Person', LOC: 'Place', ORG: 'Organization' } as const;

export function tagRoutes(context: AppContext): FastifyPluginAsyncTypebox {
  const { baseUrl, timeZone } = context.config;
  const presenterContext = { baseUrl, timeZone };

  return async (app) => {
    app.get('/tags/:slug', { schema: { params: SlugParams, querystring: PageQuery } }, async (request, reply) => {
      const page = request.query.page ?? 1;
      const [frame, found, lastModified] = await Promise.all([
        loadPageFrame(context),
        getEntityTeaserPage(context.db, request.params.slug, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
        listLastModified(context.db),
      ]);
      if (!found) return renderNotFound(context, reply);
      const pageCount = Math.max(1, Math.ceil(found.total / PAGE_SIZE));
      if (page > pageCount) return renderNotFound(context, reply);
      const tag = presentTagLink(found.entity);
      const pageUrl = `${baseUrl}${tag.path}`;
      const canonicalUrl = `${pageUrl}${page > 1 ? `?page=${page}` : ''}`;
      const title = `${strings.tagPageTitle(tag.name)}${page > 1 ? ` — ${strings.pageNumber(page)}` : ''} — ${strings.siteName}`;
      const description = strings.tagPageDescription(tag.name);
      const articles = found.articles.map((article) => presentArticleTeaser(article, presenterContext));
      const collection = {
        '@context': 'https://schema.org',
        '@type': 'CollectionPage',
        name: strings.tagPageTitle(tag.name),
        description,
        url: canonicalUrl,
        inLanguage: 'ar',
        about: { '@type': SCHEMA_TYPES[found.entity.type], name: tag.name },
        mainEntity: {
          '@type': 'ItemList',
          itemListElement: articles.map((article, index) => ({ '@type': 'ListItem', position: (page - 1) * PAGE_SIZE + index + 1, url: `${baseUrl}${article.path}` })),
        },
      };
      const breadcrumbs = breadcrumbJsonLd([
        { name: strings.home, url: `${baseUrl}/` },
        { name: tag.name, url: pageUrl },
      ]);
      return sendPage(
        reply,
        <TagPage
          {...frame}
          title={title}
          description={description}
          canonicalUrl={canonicalUrl}
          tag={tag}
          articleCount={found.entity.articleCount}
          articles={articles}
          companions={found.companions.map(presentTagLink)}
          timeline={presentTimeline(found.timeline)}
          page={page}
          pageCount={pageCount}
          feeds={{ rss: `${pageUrl}/feed.xml`, atom: `${pageUrl}/atom.xml` }}
          jsonLd={[collection, breadcrumbs]}
        />,
        200,
        lastModified,
      );
    });

    for (const [file, format] of [['feed.xml', 'rss'], ['atom.xml', 'atom']] as const) {
      app.get(`/tags/:slug/${file}`, { schema: { params: SlugParams } }, async (request, reply) => {
        const found = await getEntityStories(context.db, request.params.slug, { limit: FEED_SIZE, offset: 0 });
        if (!found) return renderNotFound(context, reply);
        const tag = presentTagLink(found.entity);
        const pageUrl = `${baseUrl}${tag.path}`;
        const feed = buildFeed(
          {
            title: `${strings.tagPageTitle(tag.name)} — ${strings.siteName}`,
            description: strings.tagPageDescription(tag.name),
            pageUrl,
            rssUrl: `${pageUrl}/feed.xml`,
            atomUrl: `${pageUrl}/atom.xml`,
          },
          found.articles.map((article) => presentArticleTeaser(article, presenterContext)),
          baseUrl,
        );
        reply.header('cache-control', 'public, max-age=300');
        if (format === 'atom') return reply.type('application/atom+xml; charset=utf-8').send(feed.atom1());
        return reply.type('application/rss+xml; charset=utf-8').send(feed.rss2());
      });
    }
  };
}
