/** The trained category classifier as data: what is stored, reloaded and checked on the way in. */
import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';

export const CATEGORY_MODEL_FORMAT = 'sahifa/category-model';
export const CATEGORY_MODEL_VERSION = 1;

const FeatureSpaceSchema = Type.Object({
  options: Type.Object({ minDocumentFrequency: Type.Number(), titleWeight: Type.Number(), sourceWeight: Type.Number() }),
  terms: Type.Array(Type.String()),
  idf: Type.Array(Type.Number()),
  sources: Type.Array(Type.String()),
});

export const CategoryModelSchema = Type.Object({
  format: Type.Literal(CATEGORY_MODEL_FORMAT),
  version: Type.Literal(CATEGORY_MODEL_VERSION),
  method: Type.Literal('tfidf-softmax-regression'),
  /** The categories it predicts (the site's section slugs). */
  labels: Type.Array(Type.String(), { minItems: 2 }),
  features: FeatureSpaceSchema,
  /** Feature-major: weight of feature `j` for label `k` at `j * labels.length + k`. */
  weights: Type.Array(Type.Number()),
  biases: Type.Array(Type.Number()),
  training: Type.Object({
    articles: Type.Integer(),
    perLabel: Type.Record(Type.String(), Type.Integer()),
    l2: Type.Number(),
    epochs: Type.Integer(),
    trainedAt: Type.String(),
    /** Whatever the caller uses to tell that the training articles changed since (see `categorizedArticlesFingerprint`). */
    fingerprint: Type.Union([Type.String(), Type.Null()]),
  }),
});

export type CategoryModel = Static<typeof CategoryModelSchema>;

export class CategoryModelError extends Error {
  override name = 'CategoryModelError';
}

// Six significant digits change no prediction and keep the JSON about half the size.
const roundWeight = (value: number) => Number(value.toPrecision(6));

export function serializeCategoryModel(model: CategoryModel): string {
  return JSON.stringify({
    ...model,
    features: { ...model.features, idf: model.features.idf.map(roundWeight) },
    weights: model.weights.map(roundWeight),
    biases: model.biases.map(roundWeight),
  });
}

export function parseCategoryModel(json: string): CategoryModel {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new CategoryModelError(`the category model is not valid JSON (${(error as Error).message})`);
  }
  if (!Value.Check(CategoryModelSchema, value)) {
    const first = Value.Errors(CategoryModelSchema, value).First();
    throw new CategoryModelError(`not a category model${first ? ` (${first.path || 'model'}: ${first.message.toLowerCase()})` : ''}`);
  }
  const { labels, features, weights, biases } = value;
  const featureCount = features.terms.length + features.sources.length;
  if (features.idf.length !== features.terms.length || weights.length !== featureCount * labels.length || biases.length !== labels.length) {
    throw new CategoryModelError('the category model is inconsistent: its weights do not match its features and labels');
  }
  return value;
}
