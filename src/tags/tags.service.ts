/** Reading entity tags for readers: an article's tags, and an entity's page (stories, companions, months). */
import type { Kysely } from 'kysely';
import { getPublishedArticlesInOrder } from '../articles/article.service.ts';
import type { Article } from '../articles/article.ts';
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

export interface EntityPage extends EntityStories {
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

export interface EntityStories {
  entity: TaggedEntity;
  /** Newest first. */
  articles: Article[];
  total: number;
}

/** A page of the entity's published stories, newest first; undefined when the slug names no entity with published stories. */
export async function getEntityStories(db: Kysely<Database>, slug: string, page: { limit: number; offset: number }): Promise<EntityStories | undefined> {
  const entity = await getTaggedEntity(db, slug);
  if (!entity) return undefined;
  const ids = await listEntityArticleIds(db, entity.id, page);
  return { entity, articles: await getPublishedArticlesInOrder(db, ids), total: entity.articleCount };
}

/** What the tag page shows: a page of stories, the entities named with it, and its months. */
export async function getEntityPage(db: Kysely<Database>, slug: string, page: { limit: number; offset: number }): Promise<EntityPage | undefined> {
  const stories = await getEntityStories(db, slug, page);
  if (!stories) return undefined;
  const [companions, timeline] = await Promise.all([findCoOccurringEntities(db, stories.entity.id, COMPANIONS), countEntityArticlesByMonth(db, stories.entity.id)]);
  return {
    ...stories,
    companions: companions.map((row) => ({ type: row.type, name: row.canonical, slug: row.slug, shared: row.shared })),
    timeline,
  };
}
