/** Suggests a category for an article from a trained model, with the model's probability as the confidence. */
import type { CategoryModel } from './category-model.ts';
import type { ClassifierArticle } from './classifier-article.ts';
import { countArticleTerms, createVectorizer } from './feature-space.ts';
import { predictProbabilities, type SoftmaxWeights } from './softmax-regression.ts';

export interface CategoryPrediction {
  category: string;
  /** Probability of `category` under the model, from 0 to 1. */
  confidence: number;
  /** Every category with its probability, most likely first. */
  ranking: { category: string; probability: number }[];
}

export type CategoryPredictor = (article: ClassifierArticle) => CategoryPrediction;

/** Compiles the model once (term lookup, typed weights) for many predictions. */
export function createCategoryPredictor(model: CategoryModel): CategoryPredictor {
  const vectorize = createVectorizer(model.features);
  const weights: SoftmaxWeights = {
    classCount: model.labels.length,
    featureCount: model.features.terms.length + model.features.sources.length,
    weights: Float64Array.from(model.weights),
    biases: Float64Array.from(model.biases),
  };
  return (article) => {
    const vector = vectorize(countArticleTerms(article, model.features.options.titleWeight), article.source);
    const probabilities = predictProbabilities(weights, vector);
    const ranking = model.labels
      .map((category, index) => ({ category, probability: probabilities[index] as number }))
      .sort((a, b) => b.probability - a.probability);
    const best = ranking[0] as { category: string; probability: number };
    return { category: best.category, confidence: best.probability, ranking };
  };
}
