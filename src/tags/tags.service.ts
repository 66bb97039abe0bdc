/** Reading entity tags for readers: an article's tags, and an entity's page (stories, companions, months). */
import type { Kysely } from 'kysely';
import { getPublishedArticlesInOrder, getPublishedTeasersInOrder } from '../articles/article.service.ts';
import type { Article, ArticleTeaser } from '../articles/article.ts';
import type { Database } from '../db/database.ts';
import {
  countEntityArticlesByMonth,
  findArticleTags,
  findCoOccurringEntities,
  findEntityBySlug,
  listEntityArticleIds,
} from './entity.repository.ts';
import type { TagType } from './entity.table.ts';

export interface EntityTag {
  type: TagType;
  /** The canonical name: `أنتوني بلينكن`. */
  name: string;
  slug: string;
}

export interface ArticleEntityTag extends EntityTag {
  mentions: number;
}

export interface TaggedEntity extends EntityTag {
  id: number;
  /** Published articles that name it. */
  articleCount: number;
}

export interface CompanionEntity extends EntityTag {
  /** Articles naming both. */
  shared: number;
}

export interface EntityPage<Story extends ArticleTeaser | Article = Article> extends EntityStories<Story> {
  companions: CompanionEntity[];
  /** Articles per month (`YYYY-MM`), oldest first. */
  timeline: { month: string; count: number }[];
}

const COMPANIONS = 12;

/** The article's tags, most named first. */
export async function getArticleTags(db: Kysely<Database>, articleId: number): Promise<ArticleEntityTag[]> {
  const rows = await findArticleTags(db, articleId);
  return rows.map((row) => ({ type: row.type, name: row.canonical, slug: row.slug, mentions: row.mentions }));
}

export async function getTaggedEntity(db: Kysely<Database>, slug: string): Promise<TaggedEntity | undefined> {
  const row = await findEntityBySlug(db, slug);
  // An entity no published article names any more has no page.
  if (!row || row.article_count <= 0) return undefined;
  return { id: row.id, type: row.type, name: row.canonical, slug: row.slug, articleCount: row.article_count };
}

export interface EntityStories<Story extends ArticleTeaser | Article = Article> {
  entity: TaggedEntity;
  /** Newest first. */
  articles: Story[];
  total: number;
}

type ReadStories<Story> = (db: Kysely<Database>, ids: number[]) => Promise<Story[]>;

async function loadEntityStories<Story extends ArticleTeaser | Article>(
  db: Kysely<Database>,
  slug: string,
  page: { limit: number; offset: number },
  read: ReadStories<Story>,
): Promise<EntityStories<Story> | undefined> {
  const entity = await getTaggedEntity(db, slug);
  if (!entity) return undefined;
  const ids = await listEntityArticleIds(db, entity.id, page);
  return { entity, articles: await read(db, ids), total: entity.articleCount };
}

/** A page of the entity's published stories, newest first, whole; undefined when the slug names no entity with published stories. */
export function getEntityStories(db: Kysely<Database>, slug: string, page: { limit: number; offset: number }): Promise<EntityStories | undefined> {
  return loadEntityStories(db, slug, page, getPublishedArticlesInOrder);
}

async function loadEntityPage<Story extends ArticleTeaser | Article>(
  db: Kysely<Database>,
  slug: string,
  page: { limit: number; offset: number },
  read: ReadStories<Story>,
): Promise<EntityPage<Story> | undefined> {
  const stories = await loadEntityStories(db, slug, page, read);
  if (!stories) return undefined;
  const [companions, timeline] = await Promise.all([findCoOccurringEntities(db, stories.entity.id, COMPANIONS), countEntityArticlesByMonth(db, stories.entity.id)]);
  return {
    ...stories,
    companions: companions.map((row) => ({ type: row.type, name: row.canonical, slug: row.slug, shared: row.shared })),
    timeline,
  };
}

/** What the tag API gives: a page of whole stories, the entities named with it, and its months. */
export function getEntityPage(db: Kysely<Database>, slug: string, page: { limit: number; offset: number }): Promise<EntityPage | undefined> {
  return loadEntityPage(db, slug, page, getPublishedArticlesInOrder);
}

/**
 * What the tag page shows: its stories as lists read them (no bodies: twenty ledes, which whole
 * articles would bring out of SQLite and parse from their bodies' JSON on every request).
 */
export function getEntityTeaserPage(db: Kysely<Database>, slug: string, page: { limit: number; offset: number }): Promise<EntityPage<ArticleTeaser> | undefined> {
  return loadEntityPage(db, slug, page, (database, ids) => getPublishedTeasersInOrder(database, ids));
}
