/** TypeBox schema of the tag endpoint's answer: the entity, its stories, the entities seen with it, its months. */
import { Type, type Static } from '@sinclair/typebox';
import { ApiArticleSummarySchema } from './article.schema.ts';
import { tagFields } from './entity-tag.schema.ts';

export const ApiTagResponseSchema = Type.Object({
  tag: Type.Object({ ...tagFields, articleCount: Type.Integer() }),
  total: Type.Integer(),
  limit: Type.Integer(),
  offset: Type.Integer(),
  articles: Type.Array(ApiArticleSummarySchema),
  /** The entities named most often in the same articles. */
  related: Type.Array(Type.Object({ ...tagFields, shared: Type.Integer() })),
  timeline: Type.Array(Type.Object({ month: Type.String({ pattern: '^\\d{4}-\\d{2}$' }), count: Type.Integer() })),
});

export type ApiTagResponse = Static<typeof ApiTagResponseSchema>;
