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

export interface EntityPage {
  entity: TaggedEntity;
  articles: Article[];
  total: number;
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

/** The entity's page of stories (newest first), or undefined when the slug names no entity with published stories. */
export async function getEntityPage(db: Kysely<Database>, slug: string, page: { limit: number; offset: number }): Promise<EntityPage | undefined> {
  const entity = await getTaggedEntity(db, slug);
  if (!entity) return undefined;
  const [ids, companions, timeline] = await Promise.all([
    listEntityArticleIds(db, entity.id, page),
    findCoOccurringEntities(db, entity.id, COMPANIONS),
    countEntityArticlesByMonth(db, entity.id),
  ]);
  return {
    entity,
    articles: await getPublishedArticlesInOrder(db, ids),
    total: entity.articleCount,
    companions: companions.map((row) => ({ type: row.type, name: row.canonical, slug: row.slug, shared: row.shared })),
    timeline,
  };
}
