/** Category suggestion: train a classifier on the site's categorized articles, store it as JSON, predict with a confidence. */
export { categorizedArticlesFingerprint, listCategorizedArticles } from './categories.repository.ts';
export { CategoryModelError, parseCategoryModel, serializeCategoryModel, type CategoryModel } from './category-model.ts';
export { sectionsText, type ClassifierArticle } from './classifier-article.ts';
export { scoreClassification, type ClassificationScores } from './evaluation.ts';
export { createCategoryPredictor, type CategoryPrediction, type CategoryPredictor } from './predict-category.ts';
export { ClassifierInputError, readClassifierInputs, type ClassifierInput } from './read-classifier-inputs.ts';
export {
  describeTrainingShortfall,
  MIN_TRAINING_ARTICLES,
  MIN_TRAINING_CATEGORIES,
  trainCategoryModel,
  TrainingDataError,
  type LabeledArticle,
  type TrainingOptions,
} from './train-category-model.ts';
