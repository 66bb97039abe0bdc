/** `GET /api/v1/search?q=&limit=&offset=` (plus filters, `tag=` an entity tag's slug) → `{total, results:[{id, externalId, title, url, publishedAt, score, snippet}]}`. */
import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../app/app-context.ts';
import { findCategoryBySlug } from '../articles/article.repository.ts';
import { searchArticles } from '../search/search-articles.ts';
import { getTaggedEntity } from '../tags/tags.service.ts';
import { ApiErrorSchema, sendApiError } from './api-error.ts';
import { presentSearchResult, SearchResponseSchema } from './present-search-result.ts';

const SearchQuerySchema = Type.Object({
  q: Type.String({ maxLength: 20_000 }),
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 10 }),
  offset: Type.Integer({ minimum: 0, maximum: 100_000, default: 0 }),
  category: Type.Optional(Type.String({ maxLength: 200 })),
  source: Type.Optional(Type.String({ maxLength: 200 })),
  from: Type.Optional(Type.String({ format: 'date' })),
  to: Type.Optional(Type.String({ format: 'date' })),
  sort: Type.Union([Type.Literal('relevance'), Type.Literal('date')], { default: 'relevance' }),
  tag: Type.Optional(Type.String({ maxLength: 200 })),
});

export function searchApiRoutes(context: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get('/api/v1/search', { schema: { querystring: SearchQuerySchema, response: { 200: SearchResponseSchema, 404: ApiErrorSchema } } }, async (request, reply) => {
      const { q, limit, offset, category: categorySlug, source, from, to, sort, tag: tagSlug } = request.query;
      const category = categorySlug === undefined ? undefined : await findCategoryBySlug(context.db, categorySlug);
      if (categorySlug !== undefined && !category) return sendApiError(reply, 404, `no category "${categorySlug}"`);
      const tag = tagSlug === undefined ? undefined : await getTaggedEntity(context.db, tagSlug);
      if (tagSlug !== undefined && !tag) return sendApiError(reply, 404, `no tag "${tagSlug}"`);
      const result = await searchArticles(context.db, {
        text: q.slice(0, 10_000),
        limit,
        offset,
        sort,
        ...(category ? { categoryId: category.id } : {}),
        ...(source ? { source } : {}),
        ...(from ? { from } : {}),
        ...(to ? { to } : {}),
        ...(tag ? { entityId: tag.id } : {}),
      });
      return { total: result.total, results: result.hits.map((hit) => presentSearchResult(hit, context.config.baseUrl)) };
    });
  };
}
