/**
 * Trains the classifier again when the categorized articles changed since the stored model learned from
 * them (their fingerprint differs), stores it, and suggests sections anew for the articles without one.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { bumpContentVersion } from '../publishing/content-version.ts';
import { requeueRelatedStories } from '../related/index.ts';
import {
  categorizedArticlesFingerprint,
  listCategorizedArticles,
  listUncategorizedArticleIds,
  readStoredModelInfo,
  saveStoredModel,
} from './categories.repository.ts';
import { serializeCategoryModel } from './category-model.ts';
import { rememberClassifier } from './stored-category-model.ts';
import { suggestCategories } from './suggest-categories.ts';
import { describeTrainingShortfall, trainCategoryModel } from './train-category-model.ts';

export type RetrainResult =
  | { status: 'current'; articles: number }
  | { status: 'insufficient'; reason: string }
  | { status: 'trained'; articles: number; categories: number; seconds: number; suggested: number; filed: number };

/** Whether the stored model is missing or was trained on other categorized articles than today's. */
export async function isCategoryModelStale(db: Kysely<Database>): Promise<boolean> {
  const [info, fingerprint] = await Promise.all([readStoredModelInfo(db), categorizedArticlesFingerprint(db)]);
  return info?.fingerprint !== fingerprint;
}

const PAGE_SIZE = 1000;

export async function retrainCategoryModel(db: Kysely<Database>, options: { force?: boolean; now?: Date } = {}): Promise<RetrainResult> {
  const fingerprint = await categorizedArticlesFingerprint(db);
  const info = await readStoredModelInfo(db);
  if (!options.force && info?.fingerprint === fingerprint) return { status: 'current', articles: info.articles };
  const training = await listCategorizedArticles(db);
  const shortfall = describeTrainingShortfall(training);
  if (shortfall !== null) return { status: 'insufficient', reason: shortfall };
  const started = performance.now();
  const model = trainCategoryModel(training, { fingerprint, now: options.now ?? new Date() });
  const seconds = (performance.now() - started) / 1000;
  const trainedInfo = { fingerprint, articles: training.length, trainedAt: model.training.trainedAt };
  // Stored with the fingerprint it learned from: if articles changed meanwhile, the next check trains again.
  return db.transaction().execute(async (trx) => {
    await saveStoredModel(trx, serializeCategoryModel(model), trainedInfo);
    rememberClassifier(model, trainedInfo);
    let suggested = 0;
    let filed = 0;
    for (let afterId = 0; ; ) {
      const ids = await listUncategorizedArticleIds(trx, afterId, PAGE_SIZE);
      if (ids.length === 0) break;
      const result = await suggestCategories(trx, ids);
      suggested += result.suggested.length;
      filed += result.filed.length;
      // A section is a signal of related stories: the filed articles' lists are ranked again.
      await requeueRelatedStories(trx, result.filed);
      afterId = ids[ids.length - 1] as number;
    }
    if (suggested > 0) await bumpContentVersion(trx);
    return { status: 'trained', articles: training.length, categories: model.labels.length, seconds, suggested, filed };
  });
}
