/** `/sources/:slug`: the articles of one source (BBC, العربية …), newest first, with pagination. */
import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../app/app-context.ts';
import { countStoriesOnce, getSourcesOnce } from './article-lists.ts';
import { getNewestTeasers } from '../articles/article.service.ts';
import { sourcePath, sourceSlug } from './article.presenter.ts';
import { presentTeasersWithPhotos } from './present-teasers.ts';
import { renderNotFound } from './error-pages.tsx';
import { ListPage } from './pages/list-page.tsx';
import { loadPageFrame, sendPage } from './site-page.ts';
import { listLastModified } from './list-last-modified.ts';
import { sourceName, strings } from './strings.ts';

const PAGE_SIZE = 20;
const PageQuery = Type.Object({ page: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000 })) });

export function sourcePagesRoutes(context: AppContext): FastifyPluginAsyncTypebox {
  const presenterContext = { baseUrl: context.config.baseUrl, timeZone: context.config.timeZone };
  return async (app) => {
    app.get(
      '/sources/:slug',
      { schema: { params: Type.Object({ slug: Type.String({ maxLength: 200 }) }), querystring: PageQuery } },
      async (request, reply) => {
        // Sources are stored as their imports spell them (`BBC`, `alarabia`); the URL uses their slug.
        const source = (await getSourcesOnce(context.db)).find((key) => sourceSlug(key) === request.params.slug);
        if (source === undefined) return renderNotFound(context, reply);
        const page = request.query.page ?? 1;
        const [frame, articles, total, lastModified] = await Promise.all([
          loadPageFrame(context),
          getNewestTeasers(context.db, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }, { source }),
          countStoriesOnce(context.db, { source }),
          listLastModified(context.db),
        ]);
        const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
        if (page > pageCount) return renderNotFound(context, reply);
        const name = sourceName(source);
        const basePath = sourcePath(source);
        return sendPage(
          reply,
          <ListPage
            {...frame}
            title={`${strings.sourcePageTitle(name)}${page > 1 ? ` — ${strings.pageNumber(page)}` : ''} — ${strings.siteName}`}
            description={strings.sourcePageDescription(name)}
            canonicalUrl={`${context.config.baseUrl}${basePath}${page > 1 ? `?page=${page}` : ''}`}
            heading={strings.sourcePageTitle(name)}
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
  };
}
