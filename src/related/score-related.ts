/**
 * How close a candidate story is to an article, from what both have: shared distinctive terms (the
 * cosine of their term vectors), shared entities (the cosine of their entity vectors), the same
 * section, and nearness in time. Every signal is symmetric, so that the score of B on A's list is the
 * score of A on B's: a new article takes its place in older lists without their being recomputed.
 */

export interface RelatedWeights {
  /** Below this text cosine a story shares too little to be called related. */
  minText: number;
  /** The same bound for a story that also shares named entities (people, places, organizations). */
  minTextSharingEntities: number;
  /** Score multiplied by 1 + category when both are in the same section. */
  category: number;
  /** Score multiplied by 1 + entity × the cosine of the entity vectors. */
  entity: number;
  /** Share of the score that nearness in time can take away: × (1 - recency + recency × nearness). */
  recency: number;
  /** Stories this many days apart keep half of the recency share. */
  recencyHalfLifeDays: number;
}

export const DEFAULT_RELATED_WEIGHTS: RelatedWeights = {
  // Measured on ANT (bench/related-ant.ts, two samples of 1,000 and 500 articles): entity 2 and a
  // lower bound for stories sharing entities raise both precisions above the TF-IDF baseline's, where
  // entity 1 and one bound of 0.08 stayed below it for "shares an entity".
  minText: 0.08,
  minTextSharingEntities: 0.05,
  category: 0.5,
  entity: 2,
  recency: 0.2,
  recencyHalfLifeDays: 30,
};

export interface StoryFacts {
  id: number;
  categoryId: number | null;
  /** ISO 8601. */
  publishedAt: string;
  titleKey: string;
  bodyKey: string;
  /** The first article of its duplicate group (its own id for an original). */
  group: number;
}

export interface CandidateSignals {
  /** Cosine of the term vectors. */
  text: number;
  /** Cosine of the entity vectors; 0 when either has none. */
  entity: number;
}

const DAY_MS = 86_400_000;

/** 1 for stories published together, 1/2 for stories half-life days apart, towards 0 beyond. */
export function nearness(a: string, b: string, halfLifeDays: number): number {
  const days = Math.abs(Date.parse(a) - Date.parse(b)) / DAY_MS;
  return Number.isFinite(days) ? 1 / (1 + days / halfLifeDays) : 0;
}

export function scoreCandidate(subject: StoryFacts, candidate: StoryFacts, signals: CandidateSignals, weights: RelatedWeights = DEFAULT_RELATED_WEIGHTS): number {
  if (signals.text < (signals.entity > 0 ? weights.minTextSharingEntities : weights.minText)) return 0;
  const sameCategory = subject.categoryId !== null && subject.categoryId === candidate.categoryId ? 1 : 0;
  const near = nearness(subject.publishedAt, candidate.publishedAt, weights.recencyHalfLifeDays);
  return signals.text * (1 + weights.category * sameCategory) * (1 + weights.entity * signals.entity) * (1 - weights.recency + weights.recency * near);
}

/** Two stories that are one story: the same article, a duplicate of it, or the same title or body. */
export function isSameStory(a: StoryFacts, b: StoryFacts): boolean {
  return a.id === b.id || a.group === b.group || a.titleKey === b.titleKey || a.bodyKey === b.bodyKey;
}

export interface ScoredStory {
  facts: StoryFacts;
  score: number;
}

/** The best stories, best first, never the subject's story nor one story twice. Ties go to the newer. */
export function selectStories(subject: StoryFacts, scored: ScoredStory[], size: number): ScoredStory[] {
  const ordered = scored.filter((story) => story.score > 0).sort((x, y) => y.score - x.score || y.facts.id - x.facts.id);
  const chosen: ScoredStory[] = [];
  for (const story of ordered) {
    if (chosen.length >= size) break;
    if (isSameStory(subject, story.facts) || chosen.some((other) => isSameStory(other.facts, story.facts))) continue;
    chosen.push(story);
  }
  return chosen;
}

export const READ_ALSO_MAX = 3;
export const RELATED_MAX = 6;

/**
 * «اقرأ أيضاً» takes the closest stories (3, or 2 when there are few), «قصص قد تهمك» the next six:
 * the two never repeat each other.
 */
export function splitRelatedList<T>(list: T[]): { readAlso: T[]; related: T[] } {
  const readAlsoCount = list.length >= READ_ALSO_MAX + RELATED_MAX - 1 ? READ_ALSO_MAX : Math.min(2, list.length);
  return { readAlso: list.slice(0, readAlsoCount), related: list.slice(readAlsoCount, readAlsoCount + RELATED_MAX) };
}
