/** Read-only article API: `/api/v1/articles` (latest, paged) and `/api/v1/articles/:id`. */
import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../app/app-context.ts';
import { findCategoryBySlug } from '../articles/article.repository.ts';
import { getLatestArticles, getPublishedArticle } from '../articles/article.service.ts';
import { getArticleTags } from '../tags/tags.service.ts';
import { presentApiArticle, presentApiArticleSummary } from './present-article.ts';
import { presentApiArticleEntities } from './present-tags.ts';
import { ApiErrorSchema, sendApiError } from './api-error.ts';
import { ApiArticleListSchema, ApiArticleSchema } from './article.schema.ts';

const ListQuery = Type.Object({
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
  offset: Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 }),
  category: Type.Optional(Type.String({ maxLength: 200 })),
});

export function articlesApiRoutes(context: AppContext): FastifyPluginAsyncTypebox {
  const { baseUrl } = context.config;
  return async (app) => {
    app.get('/api/v1/articles', { schema: { querystring: ListQuery, response: { 200: ApiArticleListSchema, 404: ApiErrorSchema } } }, async (request, reply) => {
      const { limit, offset, category: categorySlug } = request.query;
      let categoryId: number | undefined;
      if (categorySlug !== undefined) {
        const category = await findCategoryBySlug(context.db, categorySlug);
        if (!category) return sendApiError(reply, 404, `no category "${categorySlug}"`);
        categoryId = category.id;
      }
      const result = await getLatestArticles(context.db, { limit, offset }, categoryId === undefined ? {} : { categoryId });
      return { total: result.total, limit, offset, articles: result.articles.map((article) => presentApiArticleSummary(article, baseUrl)) };
    });

    app.get(
      '/api/v1/articles/:id',
      { schema: { params: Type.Object({ id: Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER }) }), response: { 200: ApiArticleSchema, 404: ApiErrorSchema } } },
      async (request, reply) => {
        const article = await getPublishedArticle(context.db, request.params.id);
        if (!article) return sendApiError(reply, 404, `no published article with id ${request.params.id}`);
        return { ...presentApiArticle(article, baseUrl), entities: presentApiArticleEntities(await getArticleTags(context.db, article.id), baseUrl) };
      },
    );
  };
}
