/** Trains the category classifier on the site's categorized articles: TF-IDF and source features, softmax regression. */
import type { ClassifierArticle } from './classifier-article.ts';
import { CATEGORY_MODEL_FORMAT, CATEGORY_MODEL_VERSION, type CategoryModel } from './category-model.ts';
import { countArticleTerms, createVectorizer, DEFAULT_FEATURE_OPTIONS, featureCount, fitFeatureSpace, type FeatureOptions } from './feature-space.ts';
import { trainSoftmaxRegression } from './softmax-regression.ts';
import { toSparseMatrix } from './sparse-matrix.ts';

export interface LabeledArticle extends ClassifierArticle {
  /** The site's category (section slug) the article is filed under. */
  category: string;
}

export interface TrainingOptions {
  features?: Partial<FeatureOptions>;
  l2?: number;
  epochs?: number;
  fingerprint?: string | null;
  now?: Date;
}

/** Chosen on a validation part of ANT's training split (`bench/classify-ant.ts --tune`). */
const DEFAULT_L2 = 1e-5;
const DEFAULT_EPOCHS = 12;

/** Below this a classifier learns the few articles, not the sections. */
export const MIN_TRAINING_ARTICLES = 20;
export const MIN_TRAINING_CATEGORIES = 2;

export class TrainingDataError extends Error {
  override name = 'TrainingDataError';
}

/** Why these articles cannot train a classifier, or null when they can. */
export function describeTrainingShortfall(articles: readonly LabeledArticle[]): string | null {
  const categories = new Set(articles.map((article) => article.category));
  if (articles.length >= MIN_TRAINING_ARTICLES && categories.size >= MIN_TRAINING_CATEGORIES) return null;
  return (
    `${articles.length} categorized article${articles.length === 1 ? '' : 's'} in ${categories.size} categor${categories.size === 1 ? 'y' : 'ies'}; ` +
    `training needs at least ${MIN_TRAINING_ARTICLES} articles in at least ${MIN_TRAINING_CATEGORIES} categories`
  );
}

export function trainCategoryModel(articles: readonly LabeledArticle[], options: TrainingOptions = {}): CategoryModel {
  const shortfall = describeTrainingShortfall(articles);
  if (shortfall !== null) throw new TrainingDataError(shortfall);
  const featureOptions: FeatureOptions = { ...DEFAULT_FEATURE_OPTIONS, ...options.features };
  const l2 = options.l2 ?? DEFAULT_L2;
  const labels = [...new Set(articles.map((article) => article.category))].sort();
  const labelIndex = new Map(labels.map((label, index) => [label, index]));

  const termCounts = articles.map((article) => countArticleTerms(article, featureOptions.titleWeight));
  const space = fitFeatureSpace(
    termCounts,
    articles.map((article) => article.source),
    featureOptions,
  );
  const vectorize = createVectorizer(space);
  const matrix = toSparseMatrix(
    articles.map((article, index) => vectorize(termCounts[index] as Map<string, number>, article.source)),
    featureCount(space),
  );
  const targets = Int32Array.from(articles, (article) => labelIndex.get(article.category) as number);
  const trained = trainSoftmaxRegression(matrix, targets, labels.length, { l2, epochs: options.epochs ?? DEFAULT_EPOCHS });

  const perLabel: Record<string, number> = Object.fromEntries(labels.map((label) => [label, 0]));
  for (const article of articles) perLabel[article.category] = (perLabel[article.category] ?? 0) + 1;
  return {
    format: CATEGORY_MODEL_FORMAT,
    version: CATEGORY_MODEL_VERSION,
    method: 'tfidf-softmax-regression',
    labels,
    features: space,
    weights: Array.from(trained.weights),
    biases: Array.from(trained.biases),
    training: {
      articles: articles.length,
      perLabel,
      l2,
      epochs: trained.epochs,
      trainedAt: (options.now ?? new Date()).toISOString(),
      fingerprint: options.fingerprint ?? null,
    },
  };
}
