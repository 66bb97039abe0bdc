/**
 * Reading an article's related stories: its stored list, or, for an article whose list is still
 * queued (a bulk import not yet drained) or never computed, the same ranking done on the spot
 * without writing. Either way the reader gets «اقرأ أيضاً» and «قصص قد تهمك», never repeating.
 */
import { getPublishedTeasersInOrder } from '../articles/article.service.ts';
import type { Queryable } from '../articles/article.repository.ts';
import type { ArticleTeaser } from '../articles/article.ts';
import { countSourceTerms, readDocumentCount, vectorsFor } from './index-related-documents.ts';
import { DEFAULT_RANK_OPTIONS, rankRelated, type RelatedSubject } from './rank-related.ts';
import { findQueued, findRelatedEntries, findRelatedSources, findStoredRelatedHeadlines } from './related.repository.ts';
import { splitRelatedList } from './score-related.ts';
import { findDuplicateGroups } from './story-signals.ts';
import { loadSubjects, STORED_LIST_SIZE } from './update-related-lists.ts';

/** Headlines only (`ArticleTeaser` without a lede): every reader of the lists shows links or cards. */
export interface RelatedStories<Story = ArticleTeaser> {
  readAlso: Story[];
  related: Story[];
}

/** What the article page shows of a related story: a link, or a card with its section and date. */
export type RelatedHeadline = Pick<ArticleTeaser, 'id' | 'title' | 'slug' | 'publishedAt' | 'category'>;

/** A subject built from the article's text, for an article the term index does not hold yet. */
async function subjectFromText(db: Queryable, id: number): Promise<RelatedSubject | undefined> {
  const [source] = await findRelatedSources(db, [id]);
  if (!source || source.status !== 'published') return undefined;
  const counts = countSourceTerms(source);
  const [vector] = await vectorsFor(db, [counts], (await readDocumentCount(db)) + 1);
  const group = (await findDuplicateGroups(db, [id])).get(id) ?? id;
  return { id, categoryId: source.category_id, publishedAt: source.published_at, titleKey: counts.titleKey, bodyKey: counts.bodyKey, group, vector: vector ?? [] };
}

/** The ids of an article's related stories, best first (at most STORED_LIST_SIZE). */
export async function findRelatedIds(db: Queryable, id: number): Promise<number[]> {
  const queued = (await findQueued(db, [id])).has(id);
  const stored = queued ? [] : await findRelatedEntries(db, [id]);
  if (stored.length > 0) return stored.map((entry) => entry.related_id);
  const subject = (await loadSubjects(db, [id]))[0] ?? (await subjectFromText(db, id));
  if (!subject) return [];
  const ranked = await rankRelated(db, subject, { ...DEFAULT_RANK_OPTIONS, limit: STORED_LIST_SIZE });
  return ranked.map((story) => story.facts.id);
}

/** «اقرأ أيضاً» and «قصص قد تهمك» of a published article (empty lists for any other id), without the stories' bodies. */
export async function getRelatedStories(db: Queryable, id: number): Promise<RelatedStories> {
  const articles = await getPublishedTeasersInOrder(db, await findRelatedIds(db, id), { withLede: false });
  return splitRelatedList(articles.filter((article) => article.id !== id));
}

/**
 * `getRelatedStories` with only what the article page shows of each story, read with the stored list
 * in one statement; a queued or never stored list is ranked on the spot by `getRelatedStories`.
 */
export async function getRelatedHeadlines(db: Queryable, id: number): Promise<RelatedStories<RelatedHeadline>> {
  const stored = await findStoredRelatedHeadlines(db, id);
  if (stored.length === 0) return getRelatedStories(db, id);
  const headlines: RelatedHeadline[] = [];
  for (const row of stored) {
    if (row.status !== 'published' || row.related_id === id) continue;
    headlines.push({
      id: row.related_id,
      title: row.title as string,
      slug: row.slug as string,
      publishedAt: row.published_at as string,
      category:
        row.category_id !== null && row.category_slug !== null && row.category_name !== null
          ? { id: row.category_id, slug: row.category_slug, name: row.category_name }
          : null,
    });
  }
  return splitRelatedList(headlines);
}
