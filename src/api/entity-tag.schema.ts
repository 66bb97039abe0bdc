/** TypeBox schema of an entity tag as the API shows it on an article (apart from tag.schema.ts, which needs the article schemas). */
import { Type, type Static } from '@sinclair/typebox';

export const ApiTagTypeSchema = Type.Union([Type.Literal('PER'), Type.Literal('LOC'), Type.Literal('ORG')], {
  description: 'PER a person, LOC a place, ORG an organization',
});

export const tagFields = {
  type: ApiTagTypeSchema,
  name: Type.String({ description: 'canonical name' }),
  slug: Type.String(),
  url: Type.String({ description: 'the tag page' }),
};

export const ApiArticleEntitySchema = Type.Object({ ...tagFields, mentions: Type.Integer({ minimum: 1 }) });

export type ApiArticleEntity = Static<typeof ApiArticleEntitySchema>;
