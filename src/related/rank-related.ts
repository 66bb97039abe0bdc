/**
 * Ranks the related stories of one article: the articles sharing its strongest terms are gathered
 * from the term index and scored by their cosine, the best of them scored again with entities,
 * section and time (score-related.ts), and the list filled from the same section when few stories
 * share anything. Costs a bounded number of index reads whatever the size of the archive.
 */
import type { Queryable } from '../articles/article.repository.ts';
import { findLatestInCategory, findStoryFacts, findTextScores, type StoryFactsRow } from './related.repository.ts';
import { DEFAULT_RELATED_WEIGHTS, nearness, scoreCandidate, selectStories, type RelatedWeights, type ScoredStory, type StoryFacts } from './score-related.ts';
import { findDuplicateGroups, findEntitySimilarities } from './story-signals.ts';
import type { WeightedTerm } from './term-vector.ts';

export interface RelatedSubject extends StoryFacts {
  vector: readonly WeightedTerm[];
}

export interface RankOptions {
  /** How many stories to return. */
  limit: number;
  /** Stories scored fully (entities, section, time), the best by text cosine. */
  candidates: number;
  weights: RelatedWeights;
}

export const DEFAULT_RANK_OPTIONS: RankOptions = { limit: 12, candidates: 150, weights: DEFAULT_RELATED_WEIGHTS };

/** A score below any story sharing terms: same-section stories near in time, when nothing else is related. */
const FILLER_SCALE = 1e-4;

export function toStoryFacts(row: StoryFactsRow, group: number): StoryFacts {
  return { id: row.article_id, categoryId: row.category_id, publishedAt: row.published_at, titleKey: row.title_key, bodyKey: row.body_key, group };
}

/**
 * Scores candidate stories against the subject; `text` gives each one's text cosine. A story that
 * shares too little is dropped, unless it is one of `fillers` (the section's latest, scored below every
 * related story). Groups are read later, for the best only.
 */
export async function scoreStories(db: Queryable, subject: RelatedSubject, ids: number[], text: Map<number, number>, weights: RelatedWeights, fillers: ReadonlySet<number> = new Set()): Promise<ScoredStory[]> {
  if (ids.length === 0) return [];
  const [documents, entities] = await Promise.all([findStoryFacts(db, ids), findEntitySimilarities(db, subject.id, ids)]);
  return documents.flatMap((document) => {
    const facts = toStoryFacts(document, document.article_id);
    const signals = { text: text.get(facts.id) ?? 0, entity: entities.get(facts.id) ?? 0 };
    const score = scoreCandidate(subject, facts, signals, weights);
    if (score > 0) return [{ facts, score }];
    return fillers.has(facts.id) ? [{ facts, score: FILLER_SCALE * nearness(subject.publishedAt, facts.publishedAt, weights.recencyHalfLifeDays) }] : [];
  });
}

/** The subject's related stories, best first, at most `options.limit`; `candidates` of them scored. */
export async function rankRelated(db: Queryable, subject: RelatedSubject, options: RankOptions = DEFAULT_RANK_OPTIONS): Promise<ScoredStory[]> {
  const scores = await findTextScores(db, subject.vector, subject.id, options.candidates);
  const text = new Map(scores.map((row) => [row.id, row.score]));
  // Candidates down to the lower bound (stories sharing entities); scoreCandidate applies the right one.
  const floor = Math.min(options.weights.minText, options.weights.minTextSharingEntities);
  let ids = scores.filter((row) => row.score >= floor).map((row) => row.id);
  // Fewer stories sharing terms than the list holds: the section's latest fill it, below every other.
  const fillers = new Set<number>();
  if (ids.length < options.limit && subject.categoryId !== null) {
    for (const id of await findLatestInCategory(db, subject.categoryId, options.limit * 3)) if (id !== subject.id) fillers.add(id);
    ids = [...new Set([...ids, ...fillers])];
  }
  const scored = await scoreStories(db, subject, ids, text, options.weights, fillers);
  // Duplicate groups live on the articles rows, costly to read: only for the stories that can make the list.
  const best = scored.sort((x, y) => y.score - x.score || y.facts.id - x.facts.id).slice(0, options.limit * 3 + 10);
  const groups = await findDuplicateGroups(db, best.map((story) => story.facts.id));
  for (const story of best) story.facts.group = groups.get(story.facts.id) ?? story.facts.id;
  return selectStories(subject, best, Math.max(options.limit, 0));
}
