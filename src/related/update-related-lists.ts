/**
 * Computes and stores the related-stories lists of articles, and lets each newly computed article
 * into the stored lists of the stories it beats (scores are symmetric, see score-related.ts): the
 * archive's lists stay current without ever being rebuilt whole.
 */
import type { Queryable } from '../articles/article.repository.ts';
import {
  dequeueRelated,
  deleteRelatedEntries,
  findQueued,
  findRelatedDocuments,
  findRelatedEntries,
  findStoryFacts,
  insertRelatedEntries,
  replaceRelatedList,
  type RelatedEntryRow,
} from './related.repository.ts';
import { DEFAULT_RANK_OPTIONS, rankRelated, toStoryFacts, type RankOptions, type RelatedSubject } from './rank-related.ts';
import { isSameStory, type ScoredStory, type StoryFacts } from './score-related.ts';
import { findDuplicateGroups } from './story-signals.ts';
import { parseVector } from './index-related-documents.ts';

/** Stories stored per article: the nine shown, and three in reserve for when one is taken down. */
export const STORED_LIST_SIZE = 12;
/** How many of a new article's closest stories it may enter the lists of. */
const REVERSE_CANDIDATES = 50;

/** The indexed articles as ranking subjects (articles not indexed, such as drafts, are left out). */
export async function loadSubjects(db: Queryable, ids: number[]): Promise<RelatedSubject[]> {
  const [documents, groups] = await Promise.all([findRelatedDocuments(db, ids), findDuplicateGroups(db, ids)]);
  const byId = new Map(documents.map((document) => [document.article_id, document]));
  return ids.flatMap((id) => {
    const document = byId.get(id);
    if (!document) return [];
    return [{ ...toStoryFacts(document, groups.get(id) ?? id), vector: parseVector(document.terms) }];
  });
}

/** Puts the subject into the lists of the stories it beats; stories still queued get it when computed. */
async function enterListsOfOthers(db: Queryable, subject: StoryFacts, closest: ScoredStory[]): Promise<void> {
  const others = closest.filter((story) => story.facts.id !== subject.id);
  if (others.length === 0) return;
  const queued = await findQueued(db, others.map((story) => story.facts.id));
  const eligible = others.filter((story) => !queued.has(story.facts.id));
  const entries = await findRelatedEntries(db, eligible.map((story) => story.facts.id));
  const lists = new Map<number, RelatedEntryRow[]>();
  for (const entry of entries) lists.set(entry.article_id, [...(lists.get(entry.article_id) ?? []), entry]);

  const entering = eligible.filter((story) => {
    const list = lists.get(story.facts.id) ?? [];
    if (list.some((entry) => entry.related_id === subject.id)) return false;
    return list.length < STORED_LIST_SIZE || story.score > (list[list.length - 1]?.score ?? 0);
  });
  if (entering.length === 0) return;

  // A story already on a list under another id (a duplicate, the same text) keeps its place.
  const memberIds = [...new Set(entering.flatMap((story) => (lists.get(story.facts.id) ?? []).map((entry) => entry.related_id)))];
  const [memberDocuments, memberGroups] = await Promise.all([findStoryFacts(db, memberIds), findDuplicateGroups(db, memberIds)]);
  const members = new Map(memberDocuments.map((document) => [document.article_id, toStoryFacts(document, memberGroups.get(document.article_id) ?? document.article_id)]));

  const inserts: RelatedEntryRow[] = [];
  const removals: { article_id: number; related_id: number }[] = [];
  for (const story of entering) {
    const list = lists.get(story.facts.id) ?? [];
    if (list.some((entry) => { const member = members.get(entry.related_id); return member !== undefined && isSameStory(member, subject); })) continue;
    inserts.push({ article_id: story.facts.id, related_id: subject.id, score: story.score });
    // The weakest entry makes room.
    if (list.length >= STORED_LIST_SIZE) {
      const weakest = list[list.length - 1] as RelatedEntryRow;
      removals.push({ article_id: weakest.article_id, related_id: weakest.related_id });
    }
  }
  await deleteRelatedEntries(db, removals);
  await insertRelatedEntries(db, inserts);
}

/**
 * Computes the lists of these indexed articles in order, stores them, lets each into the lists of
 * the stories it beats, and takes them off the queue. Run inside one transaction.
 */
export async function updateRelatedLists(db: Queryable, ids: number[], options: RankOptions = DEFAULT_RANK_OPTIONS): Promise<void> {
  const subjects = await loadSubjects(db, ids);
  const indexed = new Set(subjects.map((subject) => subject.id));
  await dequeueRelated(db, ids.filter((id) => !indexed.has(id)));
  for (const subject of subjects) {
    // Off the queue as it is computed: the stories still queued after it get it when their turn comes.
    await dequeueRelated(db, [subject.id]);
    const ranked = await rankRelated(db, subject, { ...options, limit: Math.max(options.limit, REVERSE_CANDIDATES) });
    await replaceRelatedList(db, subject.id, ranked.slice(0, STORED_LIST_SIZE).map((story) => ({ id: story.facts.id, score: story.score })));
    await enterListsOfOthers(db, subject, ranked);
  }
}
