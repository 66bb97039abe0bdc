/** The search page: `/search?q=&category=&source=&from=&to=&sort=&tag=&page=`. */
import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../app/app-context.ts';
import { findCategoryBySlug } from '../articles/article.repository.ts';
import { getSectionsOnce, getSourcesOnce } from './article-lists.ts';
import { searchArticles } from '../search/search-articles.ts';
import { presentArticleTeaser } from './article.presenter.ts';
import { SearchPage, type SearchFormValues } from './pages/search-page.tsx';
import { loadPageFrame, sendPage } from './site-page.ts';
import { sourceName } from './strings.ts';
import { renderNotFound } from './error-pages.tsx';
import { getTaggedEntity } from '../tags/tags.service.ts';

const RESULTS_PER_PAGE = 10;
const MAX_QUERY_LENGTH = 10_000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const SearchPageQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 20_000 })),
  category: Type.Optional(Type.String({ maxLength: 200 })),
  source: Type.Optional(Type.String({ maxLength: 200 })),
  from: Type.Optional(Type.String({ maxLength: 40 })),
  to: Type.Optional(Type.String({ maxLength: 40 })),
  sort: Type.Optional(Type.Union([Type.Literal('relevance'), Type.Literal('date'), Type.Literal('')])),
  tag: Type.Optional(Type.String({ maxLength: 200 })),
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
});

/** A date field the reader left empty or mistyped is no filter, not an error. */
function dateOrEmpty(value: string | undefined): string {
  return value !== undefined && ISO_DATE.test(value) && !Number.isNaN(Date.parse(value)) ? value : '';
}

export function searchRoutes(context: AppContext): FastifyPluginAsyncTypebox {
  const presenterContext = { baseUrl: context.config.baseUrl, timeZone: context.config.timeZone };
  return async (app) => {
    app.get('/search', { schema: { querystring: SearchPageQuery } }, async (request, reply) => {
      const query = request.query;
      const form: SearchFormValues = {
        q: (query.q ?? '').slice(0, MAX_QUERY_LENGTH),
        category: query.category ?? '',
        source: query.source ?? '',
        from: dateOrEmpty(query.from),
        to: dateOrEmpty(query.to),
        sort: query.sort === 'date' ? 'date' : 'relevance',
        tag: query.tag ?? '',
      };
      const page = query.page ?? 1;
      const category = form.category ? await findCategoryBySlug(context.db, form.category) : undefined;
      const tag = form.tag ? await getTaggedEntity(context.db, form.tag) : undefined;
      const [frame, categories, sources, result] = await Promise.all([
        loadPageFrame(context),
        getSectionsOnce(context.db),
        getSourcesOnce(context.db),
        searchArticles(context.db, {
          text: form.q,
          limit: RESULTS_PER_PAGE,
          offset: (page - 1) * RESULTS_PER_PAGE,
          ...(category ? { categoryId: category.id } : {}),
          ...(form.source ? { source: form.source } : {}),
          ...(form.from ? { from: form.from } : {}),
          ...(form.to ? { to: form.to } : {}),
          // No entity has id 0: a tag that names none matches no article.
          ...(form.tag ? { entityId: tag?.id ?? 0 } : {}),
          sort: form.sort,
        }),
      ]);
      const pageCount = Math.max(1, Math.ceil(result.total / RESULTS_PER_PAGE));
      if (page > pageCount && result.total > 0) return renderNotFound(context, reply);
      const parameters = new URLSearchParams(
        Object.entries(form).filter(([key, value]) => value !== '' && !(key === 'sort' && value === 'relevance')),
      );
      reply.header('x-robots-tag', 'noindex');
      return sendPage(
        reply,
        <SearchPage
          {...frame}
          form={form}
          tagName={tag?.name}
          sections={categories}
          sources={sources.map((key) => ({ key, name: sourceName(key) }))}
          total={result.total}
          results={result.hits.map((hit) => ({ ...presentArticleTeaser(hit.article, presenterContext), snippetHtml: hit.snippet }))}
          page={page}
          pageCount={pageCount}
          queryString={parameters.toString()}
        />,
      );
    });
  };
}
