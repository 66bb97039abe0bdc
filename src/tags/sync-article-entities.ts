/**
 * Keeps the entity tags in step with the articles, inside the writer's transaction (called from
 * afterArticlesWritten): a published article's people, places and organizations replace the tags it
 * had; an unpublished or deleted one loses them (the triggers keep `article_count` right either way).
 * Extraction uses the stored name memory, and the names the articles teach are folded back into it.
 */
import type { Kysely } from 'kysely';
import type { ArticleSection } from '../articles/article.ts';
import type { Database } from '../db/database.ts';
import { nameGroup, relearnGroups, rememberBatch, type LearnedName, type NameMemory, type RememberedBatch, type Sighting } from '../entities/index.ts';
import type { ArticleTag } from './article-tags.ts';
import { WrittenArticles } from '../articles/written-articles.ts';
import { deleteArticleEntities, findEntitiesByCanonical, insertArticleEntities, insertEntities, type TaggableArticleRow } from './entity.repository.ts';
import { assignEntitySlugs } from './entity-slugs.ts';
import { entityTextOf } from './entity-text.ts';
import { extractArticleTags, type ArticleExtraction } from './extract-article-tags.ts';
import { loadNameMemory, saveFoldedNames } from './name-memory-store.ts';
import { deleteNameSightingsOfArticles, findNameSightingGroupsOfArticles, insertNameSightings, listNameSightingsInGroups } from './name-sightings.repository.ts';

/** What a bulk writer keeps between its batches, so that each batch neither reloads the memory nor extracts on the writing thread. */
export interface EntityTagSession {
  /** The name memory as the database holds it; replaced after each batch. */
  memory: NameMemory;
  /** Extractions done ahead of the write (in a worker), by the article's text (`entityTextOf`). */
  extracted?: ReadonlyMap<string, ArticleExtraction>;
}

export function textOfRow(row: Pick<TaggableArticleRow, 'title' | 'image_caption' | 'sections'>): string {
  return entityTextOf({ title: row.title, imageCaption: row.image_caption, sections: JSON.parse(row.sections) as ArticleSection[] });
}

const entityKey = (tag: Pick<ArticleTag, 'type' | 'canonical'>) => `${tag.type}\t${tag.canonical}`;

/** The ids of the entities these tags name, creating the new ones with unique slugs. */
async function resolveEntityIds(db: Kysely<Database>, tags: ArticleTag[]): Promise<Map<string, number>> {
  const wanted = new Map(tags.map((tag) => [entityKey(tag), tag]));
  const ids = new Map<string, number>();
  for (const row of await findEntitiesByCanonical(db, [...new Set(tags.map((tag) => tag.canonical))])) {
    if (wanted.has(entityKey(row))) ids.set(entityKey(row), row.id);
  }
  const missing = [...wanted.values()].filter((tag) => !ids.has(entityKey(tag)));
  if (missing.length > 0) {
    const slugs = await assignEntitySlugs(db, missing);
    const inserted = await insertEntities(db, missing.map((tag, index) => ({ type: tag.type, canonical: tag.canonical, slug: slugs[index]! })));
    for (const row of inserted) ids.set(entityKey(row), row.id);
  }
  return ids;
}

/**
 * Folds what the articles taught into the memory and records it per article. An article that had
 * taught before (rewritten, unpublished, deleted: then it teaches nothing) is first forgotten: the
 * groups of names it and the new sightings touch are learned again from every article's sightings in
 * the order taught, so the counts are those of a memory that never saw its earlier version. New
 * articles, the import's case, just add theirs.
 */
async function teachNames(db: Kysely<Database>, ids: number[], memory: NameMemory, sightings: (Sighting & { articleId: number })[]): Promise<RememberedBatch> {
  const taughtBefore = await findNameSightingGroupsOfArticles(db, ids);
  if (taughtBefore.length > 0) await deleteNameSightingsOfArticles(db, ids);
  await insertNameSightings(
    db,
    sightings.flatMap(({ articleId, learned, seenOn }) =>
      learned.map((name) => ({ article_id: articleId, name_group: nameGroup(name), type: name.type, canonical: name.canonical, aliases: JSON.stringify(name.aliases), seen_on: seenOn })),
    ),
  );
  if (taughtBefore.length === 0) return rememberBatch(memory, sightings);
  const groups = new Set([...taughtBefore, ...sightings.flatMap(({ learned }) => learned.map(nameGroup))]);
  const rows = await listNameSightingsInGroups(db, [...groups]);
  const all = rows.map((row): Sighting => {
    const name: LearnedName = { type: row.type, canonical: row.canonical, aliases: JSON.parse(row.aliases) as string[] };
    return { learned: [name], seenOn: row.seen_on };
  });
  return relearnGroups(memory, groups, all);
}

export async function syncArticleEntities(db: Kysely<Database>, ids: number[], session?: EntityTagSession, written?: WrittenArticles): Promise<void> {
  if (ids.length === 0) return;
  const articles = written ?? (await WrittenArticles.read(db, ids));
  const published = articles
    .pick([...new Set(ids)].sort((a, b) => a - b))
    .filter((article) => article.status === 'published')
    .map((article) => ({ id: article.id, published_at: article.publishedAt, text: entityTextOf(article) }));
  const memory = session?.memory ?? (await loadNameMemory(db));
  const extractions = published.map((row) => session?.extracted?.get(row.text) ?? extractArticleTags(row.text, row.published_at, memory));

  const sightings = extractions.map((extraction, index) => ({ articleId: published[index]!.id, learned: extraction.learned, seenOn: published[index]!.published_at.slice(0, 10) }));
  const folded = await teachNames(db, ids, memory, sightings);
  await saveFoldedNames(db, folded);
  if (session) session.memory = folded.memory;

  const entityIds = await resolveEntityIds(db, extractions.flatMap((extraction) => extraction.tags));
  await deleteArticleEntities(db, ids);
  await insertArticleEntities(
    db,
    published.flatMap((row, index) =>
      extractions[index]!.tags.map((tag) => ({ article_id: row.id, entity_id: entityIds.get(entityKey(tag))!, mentions: tag.mentions })),
    ),
  );
}
