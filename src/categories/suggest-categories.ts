/**
 * Suggests a section for each written article that has none (raw copy ingested without a section), in
 * the writer's transaction: the stored classifier's best section and its probability are kept on the
 * article, and a confident suggestion files it there, marked as filed by the classifier.
 */
import type { Kysely } from 'kysely';
import type { ArticleSection } from '../articles/article.ts';
import type { WrittenArticles } from '../articles/written-articles.ts';
import type { Database } from '../db/database.ts';
import { findCategoryIdsBySlug, findUncategorizedArticles, writeSuggestion } from './categories.repository.ts';
import { CategoryModelError } from './category-model.ts';
import { sectionsText } from './classifier-article.ts';
import { loadStoredClassifier, type StoredClassifier } from './stored-category-model.ts';

/**
 * From this probability the classifier files an article itself. On ANT's held-out 20% (bench/classify-ant.ts,
 * all suggestions 91.1% right) a threshold of 0.7 files 86.9% of the articles with 95.5% of them right;
 * 0.8 files 79.6% at 96.5%, 0.9 66.3% at 98.0%. Most of the remaining errors are middle-east taken for
 * international and back, stories the corpus's own outlets file either way; 0.7 leaves the one story in
 * eight the model is unsure of to an editor, without leaving most raw copy unfiled.
 */
export const AUTO_FILE_CONFIDENCE = 0.7;

async function classifierOrNone(db: Kysely<Database>): Promise<StoredClassifier | undefined> {
  try {
    return await loadStoredClassifier(db);
  } catch (error) {
    // A damaged stored model must not stop articles from being written; the next training replaces it.
    if (error instanceof CategoryModelError) return undefined;
    throw error;
  }
}

/** Returns the ids of the articles it filed. Without a trained model it does nothing: training suggests for them later. */
export async function suggestCategories(
  db: Kysely<Database>,
  ids: readonly number[],
  written?: WrittenArticles,
): Promise<{ suggested: number[]; filed: number[] }> {
  const articles = written
    ? written.pick([...new Set(ids)]).filter((article) => article.categoryId === null)
    : (await findUncategorizedArticles(db, ids)).map((row) => ({ ...row, sections: JSON.parse(row.sections) as ArticleSection[] }));
  if (articles.length === 0) return { suggested: [], filed: [] };
  const classifier = await classifierOrNone(db);
  if (!classifier) return { suggested: [], filed: [] };
  const sectionIds = await findCategoryIdsBySlug(db);
  const suggested: number[] = [];
  const filed: number[] = [];
  for (const article of articles) {
    const body = sectionsText(article.sections);
    const prediction = classifier.predict({ title: article.title, body, source: article.source });
    const sectionId = sectionIds.get(prediction.category);
    if (sectionId === undefined) continue; // the section was removed since the model was trained
    const file = prediction.confidence >= AUTO_FILE_CONFIDENCE;
    await writeSuggestion(db, { id: article.id, suggestedCategoryId: sectionId, confidence: prediction.confidence, file });
    suggested.push(article.id);
    if (!file) continue;
    filed.push(article.id);
    written?.setCategoryId(article.id, sectionId);
  }
  return { suggested, filed };
}
