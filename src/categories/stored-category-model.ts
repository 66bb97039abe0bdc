/**
 * The classifier as the site uses it: the model stored in the database, compiled once per process and
 * compiled again only when another training replaced it (in this process or another).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { readStoredModelInfo, readStoredModelJson, type StoredModelInfo } from './categories.repository.ts';
import { parseCategoryModel, type CategoryModel } from './category-model.ts';
import { createCategoryPredictor, type CategoryPredictor } from './predict-category.ts';

export interface StoredClassifier {
  model: CategoryModel;
  predict: CategoryPredictor;
  info: StoredModelInfo;
}

/**
 * By fingerprint and training time, not by connection: writers pass a transaction, a new Kysely object
 * each time. A few entries, for tests that hold several databases.
 */
const compiled = new Map<string, StoredClassifier>();
const MAX_COMPILED = 3;
const keyOf = (info: StoredModelInfo) => `${info.fingerprint}|${info.trainedAt}`;

function remember(classifier: StoredClassifier): StoredClassifier {
  compiled.delete(keyOf(classifier.info));
  compiled.set(keyOf(classifier.info), classifier);
  while (compiled.size > MAX_COMPILED) compiled.delete(compiled.keys().next().value as string);
  return classifier;
}

/** The stored classifier, or undefined before the first training. */
export async function loadStoredClassifier(db: Kysely<Database>): Promise<StoredClassifier | undefined> {
  const info = await readStoredModelInfo(db);
  if (!info) return undefined;
  const cached = compiled.get(keyOf(info));
  if (cached) return cached;
  const json = await readStoredModelJson(db);
  if (json === undefined) return undefined;
  const model = parseCategoryModel(json);
  return remember({ model, predict: createCategoryPredictor(model), info });
}

/** Keeps a model this process just trained, so that it is not parsed back from the database. */
export function rememberClassifier(model: CategoryModel, info: StoredModelInfo): StoredClassifier {
  return remember({ model, predict: createCategoryPredictor(model), info });
}
