/**
 * What other features know about stories that the ranking reads: duplicate groups (src/duplicates
 * writes `articles.duplicate_of`) and entities (src/entities writes `article_entities`). Until those
 * land, every article is its own group and no story shares entities.
 */
import type { Queryable } from '../articles/article.repository.ts';

/** The group of each article: the first stored article of its duplicate group, or itself. */
export async function findDuplicateGroups(_db: Queryable, ids: number[]): Promise<Map<number, number>> {
  return new Map(ids.map((id) => [id, id]));
}

/** Cosine of the subject's entity vector with each candidate's; candidates without shared entities are left out. */
export async function findEntitySimilarities(_db: Queryable, _subjectId: number, _ids: number[]): Promise<Map<number, number>> {
  return new Map();
}
