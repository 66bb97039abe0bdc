/** `GET /api/v1/tags/:slug?limit=&offset=`: an entity, its published stories (newest first), the entities seen with it, its months. */
import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../app/app-context.ts';
import { getEntityPage } from '../tags/tags.service.ts';
import { ApiErrorSchema, sendApiError } from './api-error.ts';
import { presentApiTag } from './present-tags.ts';
import { ApiTagResponseSchema } from './tag.schema.ts';

const TagQuery = Type.Object({
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
  offset: Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 }),
});

export function tagsApiRoutes(context: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/api/v1/tags/:slug',
      { schema: { params: Type.Object({ slug: Type.String({ minLength: 1, maxLength: 200 }) }), querystring: TagQuery, response: { 200: ApiTagResponseSchema, 404: ApiErrorSchema } } },
      async (request, reply) => {
        const { limit, offset } = request.query;
        const page = await getEntityPage(context.db, request.params.slug, { limit, offset });
        if (!page) return sendApiError(reply, 404, `no tag "${request.params.slug}"`);
        return presentApiTag(page, { limit, offset }, context.config.baseUrl);
      },
    );
  };
}
