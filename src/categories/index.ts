/** Category suggestion: a classifier trained on the site's categorized articles, stored in the database, suggesting a section with a confidence. */
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
export { isCategoryModelStale, retrainCategoryModel, type RetrainResult } from './retrain-category-model.ts';
export { loadStoredClassifier, type StoredClassifier } from './stored-category-model.ts';
export { AUTO_FILE_CONFIDENCE, suggestCategories } from './suggest-categories.ts';
export { startBackgroundTraining, type BackgroundTraining } from './train-in-background.ts';
