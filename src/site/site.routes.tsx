/** The reader-facing pages: home, category pages and article pages at their canonical URLs. */
import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../app/app-context.ts';
import { articlePath } from '../articles/article-path.ts';
import { findCategoryBySlug } from '../articles/article.repository.ts';
import { getNewestTeasers, getPublishedArticle } from '../articles/article.service.ts';
import { getRelatedHeadlines } from '../related/index.ts';
import type { FastifyReply } from 'fastify';
import type { ArticleTeaser } from '../articles/article.ts';
import { countStoriesOnce } from './article-lists.ts';
import { categoryLink, presentArticle, presentArticleTeaser } from './article.presenter.ts';
import { loadFrontPage } from './front-page.ts';
import { presentTeasersWithPhotos } from './present-teasers.ts';
import { findArticleImage } from '../images/article-image.repository.ts';
import { FrontPage } from './pages/front-page.tsx';
import { ArticlePage } from './pages/article-page.tsx';
import { getArticleTags } from '../tags/tags.service.ts';
import { presentTagLink } from './tag.presenter.ts';
import { ListPage } from './pages/list-page.tsx';
import { renderNotFound } from './error-pages.tsx';
import { loadPageFrame, sendPage } from './site-page.ts';
import { listLastModified } from './list-last-modified.ts';
import { strings } from './strings.ts';

const PAGE_SIZE = 20;

const PageQuery = Type.Object({ page: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000 })) });
const pageRequest = (page: number) => ({ limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
const countPages = (total: number) => Math.max(1, Math.ceil(total / PAGE_SIZE));
const ArticleId = Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER });

export function siteRoutes(context: AppContext): FastifyPluginAsyncTypebox {
  const presenterContext = { baseUrl: context.config.baseUrl, timeZone: context.config.timeZone };

  const teaser = (article: ArticleTeaser) => presentArticleTeaser(article, presenterContext);

  async function sendFrontPage(reply: FastifyReply) {
    const [frame, front, lastModified] = await Promise.all([
      loadPageFrame(context),
      loadFrontPage(context.db, PAGE_SIZE, new Date()),
      listLastModified(context.db, { withMostRead: true }),
    ]);
    const latest = await presentTeasersWithPhotos(context.db, front.latest, presenterContext);
    return sendPage(
      reply,
      <FrontPage
        {...frame}
        title={strings.homeTitle}
        description={strings.homeDescription}
        canonicalUrl={`${context.config.baseUrl}/`}
        latest={latest}
        pageCount={countPages(front.total)}
        mostRead={front.mostRead.map(teaser)}
        sections={front.sections.flatMap(({ category, articles }) => {
          const section = categoryLink(category);
          return section ? [{ section, articles: articles.map(teaser) }] : [];
        })}
      />,
      200,
      lastModified,
    );
  }

  return async (app) => {
    app.get('/', { schema: { querystring: PageQuery } }, async (request, reply) => {
      const page = request.query.page ?? 1;
      if (page === 1) return sendFrontPage(reply);
      const [frame, articles, total, lastModified] = await Promise.all([
        loadPageFrame(context),
        getNewestTeasers(context.db, pageRequest(page)),
        countStoriesOnce(context.db, {}),
        listLastModified(context.db),
      ]);
      const pageCount = countPages(total);
      if (page > pageCount) return renderNotFound(context, reply);
      return sendPage(
        reply,
        <ListPage
          {...frame}
          title={`${strings.homeTitle} — ${strings.pageNumber(page)}`}
          description={strings.homeDescription}
          canonicalUrl={`${context.config.baseUrl}/?page=${page}`}
          heading={strings.latestNews}
          articles={await presentTeasersWithPhotos(context.db, articles, presenterContext)}
          basePath="/"
          page={page}
          pageCount={pageCount}
        />,
        200,
        lastModified,
      );
    });

    app.get(
      '/categories/:slug',
      { schema: { params: Type.Object({ slug: Type.String({ maxLength: 200 }) }), querystring: PageQuery } },
      async (request, reply) => {
        const category = await findCategoryBySlug(context.db, request.params.slug);
        if (!category) return renderNotFound(context, reply);
        const page = request.query.page ?? 1;
        const [frame, articles, total, lastModified] = await Promise.all([
          loadPageFrame(context),
          getNewestTeasers(context.db, pageRequest(page), { categoryId: category.id }),
          countStoriesOnce(context.db, { categoryId: category.id }),
          listLastModified(context.db),
        ]);
        const pageCount = countPages(total);
        if (page > pageCount) return renderNotFound(context, reply);
        const basePath = `/categories/${encodeURIComponent(category.slug)}`;
        return sendPage(
          reply,
          <ListPage
            {...frame}
            title={`${category.name} — ${strings.siteName}`}
            canonicalUrl={`${context.config.baseUrl}${basePath}${page > 1 ? `?page=${page}` : ''}`}
            heading={category.name}
            articles={await presentTeasersWithPhotos(context.db, articles, presenterContext)}
            basePath={basePath}
            page={page}
            pageCount={pageCount}
          />,
          200,
          lastModified,
        );
      },
    );

    app.get('/articles/:id', { schema: { params: Type.Object({ id: ArticleId }) } }, async (request, reply) => {
      const article = await getPublishedArticle(context.db, request.params.id);
      if (!article) return renderNotFound(context, reply);
      return reply.redirect(articlePath(article), 301);
    });

    app.get(
      '/articles/:id/:slug',
      { schema: { params: Type.Object({ id: ArticleId, slug: Type.String({ maxLength: 2000 }) }) } },
      async (request, reply) => {
        const article = await getPublishedArticle(context.db, request.params.id);
        if (!article) return renderNotFound(context, reply);
        // Any other spelling of the slug (old title, truncated link) moves permanently to the canonical one.
        if (request.params.slug !== article.slug) return reply.redirect(articlePath(article), 301);
        // A copy of a published story points search engines to the story's first article.
        const [frame, image, tags, original, stories, contentChangedAt] = await Promise.all([
          loadPageFrame(context),
          findArticleImage(context.db, article.id),
          getArticleTags(context.db, article.id),
          article.duplicateOf === null ? undefined : getPublishedArticle(context.db, article.duplicateOf),
          getRelatedHeadlines(context.db, article.id),
          listLastModified(context.db),
        ]);
        // The page changes with more than its article: its related stories, tags and the sections'
        // names move with any article written. Its Last-Modified is therefore the content's, never older
        // than the article's own, so that a revalidation by date alone never keeps a stale page.
        const updatedAt = new Date(article.updatedAt);
        const lastModified = contentChangedAt !== undefined && contentChangedAt > updatedAt ? contentChangedAt : updatedAt;
        return sendPage(reply, <ArticlePage {...frame} article={presentArticle(article, presenterContext, image, original, stories)} tags={tags.map(presentTagLink)} />, 200, lastModified);
      },
    );
  };
}
