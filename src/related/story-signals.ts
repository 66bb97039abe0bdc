/**
 * What other features know about stories that the ranking reads: entities (src/tags writes
 * `article_entities`) and duplicate groups (src/duplicates writes `articles.duplicate_of`: a copy's
 * group is the first stored article of its group, an original's its own id).
 */
import type { Queryable } from '../articles/article.repository.ts';
import { readDocumentCount } from './index-related-documents.ts';
import { findArticleEntityWeights, findDuplicateOf } from './related.repository.ts';
import { inverseDocumentFrequency } from './term-vector.ts';

/** The group of each article: the first stored article of its duplicate group, or itself. */
export async function findDuplicateGroups(db: Queryable, ids: number[]): Promise<Map<number, number>> {
  if (ids.length === 0) return new Map();
  const groups = await findDuplicateOf(db, ids);
  for (const id of ids) if (!groups.has(id)) groups.set(id, id);
  return groups;
}

/**
 * Cosine of the subject's entity vector with each candidate's, an entity weighing as a term does
 * (1 + ln mentions, times the smoothed idf of the articles naming it): sharing Kazakhstan says more
 * than sharing the United States. Candidates sharing no entity are left out.
 */
export async function findEntitySimilarities(db: Queryable, subjectId: number, ids: number[]): Promise<Map<number, number>> {
  if (ids.length === 0) return new Map();
  const [rows, documents] = await Promise.all([findArticleEntityWeights(db, [subjectId, ...ids]), readDocumentCount(db)]);
  const vectors = new Map<number, Map<number, number>>();
  for (const row of rows) {
    let vector = vectors.get(row.article_id);
    if (!vector) vectors.set(row.article_id, (vector = new Map()));
    vector.set(row.entity_id, (1 + Math.log(Math.max(1, row.mentions))) * inverseDocumentFrequency(Math.max(1, row.article_count), Math.max(1, documents)));
  }
  const norm = (vector: Map<number, number>) => Math.sqrt([...vector.values()].reduce((sum, weight) => sum + weight * weight, 0)) || 1;
  const subject = vectors.get(subjectId);
  const similarities = new Map<number, number>();
  if (!subject) return similarities;
  const subjectNorm = norm(subject);
  for (const id of ids) {
    const vector = vectors.get(id);
    if (!vector || id === subjectId) continue;
    let dot = 0;
    for (const [entity, weight] of vector) dot += weight * (subject.get(entity) ?? 0);
    if (dot > 0) similarities.set(id, dot / (subjectNorm * norm(vector)));
  }
  return similarities;
}
