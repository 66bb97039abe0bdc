/** TypeBox schemas of the article API's responses; the presenters' types are derived from them. */
import { Type, type Static } from '@sinclair/typebox';
import { ApiArticleEntitySchema } from './entity-tag.schema.ts';

const Nullable = <T extends ReturnType<typeof Type.String>>(schema: T) => Type.Union([schema, Type.Null()]);

export const ApiCategorySchema = Type.Object({ slug: Type.String(), name: Type.String() });

export const ApiArticleSummarySchema = Type.Object({
  id: Type.Integer(),
  externalId: Nullable(Type.String()),
  title: Type.String(),
  url: Type.String(),
  category: Type.Union([ApiCategorySchema, Type.Null()]),
  source: Nullable(Type.String()),
  publishedAt: Type.String({ format: 'date-time' }),
});

export const ApiArticleSchema = Type.Object({
  ...ApiArticleSummarySchema.properties,
  image: Type.Union([
    Type.Object({
      caption: Type.String(),
      credit: Nullable(Type.String()),
      place: Nullable(Type.String()),
      date: Nullable(Type.String()),
    }),
    Type.Null(),
  ]),
  dateline: Type.Union([Type.Object({ place: Type.String(), source: Nullable(Type.String()) }), Type.Null()]),
  sections: Type.Array(Type.Object({ heading: Nullable(Type.String()), paragraphs: Type.Array(Type.String()) })),
  summary: Nullable(Type.String()),
  author: Nullable(Type.String()),
  sourceUrl: Nullable(Type.String()),
  updatedAt: Type.String({ format: 'date-time' }),
  /** True when the classifier filed the article in `category` (it came without a section). */
  categoryAutoFiled: Type.Boolean(),
  /** The classifier's section for an article written without one, with its probability (0–1). */
  suggestedCategory: Type.Union([Type.Object({ ...ApiCategorySchema.properties, confidence: Type.Number({ minimum: 0, maximum: 1 }) }), Type.Null()]),
  /** The id of the first stored article of the story when this one is a copy of it (near-duplicate), else null. */
  duplicateOf: Type.Union([Type.Integer(), Type.Null()]),
  /** People, places and organizations the article names, most named first (dates and amounts are not stored). */
  entities: Type.Array(ApiArticleEntitySchema),
});

export const ApiArticleListSchema = Type.Object({
  total: Type.Integer(),
  limit: Type.Integer(),
  offset: Type.Integer(),
  articles: Type.Array(ApiArticleSummarySchema),
});

export type ApiArticleSummary = Static<typeof ApiArticleSummarySchema>;
export type ApiArticle = Static<typeof ApiArticleSchema>;
