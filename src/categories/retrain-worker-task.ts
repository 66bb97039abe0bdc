/** What the training worker does: opens the database on its own connection, retrains if stale, closes. */
import { openDatabase } from '../db/open-database.ts';
import { retrainCategoryModel, type RetrainResult } from './retrain-category-model.ts';

export async function retrainStoredModel(databasePath: string): Promise<RetrainResult> {
  const opened = await openDatabase(databasePath);
  try {
    return await retrainCategoryModel(opened.db);
  } finally {
    await opened.close();
  }
}
