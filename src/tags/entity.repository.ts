/** Every SQL statement on entity tags and the name memory: plain functions taking a database or a transaction. */
import { sql, type Kysely } from 'kysely';
import { chunks as chunksOf } from '../db/chunks.ts';
import { compiledOnce } from '../db/compiled-once.ts';
import type { Database } from '../db/database.ts';
import type { EntityNameRow, EntityRow, TagType } from './entity.table.ts';

type Queryable = Kysely<Database>;

// Well under SQLite's 32,766 bound parameters at three or six values a row.
const CHUNK = 1_000;

const chunks = <T>(items: readonly T[], size = CHUNK) => chunksOf(items, size);

export interface TaggableArticleRow {
  id: number;
  title: string;
  image_caption: string | null;
  sections: string;
  status: string;
  published_at: string;
}

/** Published articles after `afterId`, in id order, a page at a time (keyset). */
export async function listTaggableArticlesAfter(db: Queryable, afterId: number, limit: number): Promise<TaggableArticleRow[]> {
  return db
    .selectFrom('articles')
    .select(['id', 'title', 'image_caption', 'sections', 'status', 'published_at'])
    .where('status', '=', 'published')
    .where('id', '>', afterId)
    .orderBy('id')
    .limit(limit)
    .execute();
}

export async function countPublishedArticleIds(db: Queryable): Promise<number> {
  const row = await db.selectFrom('articles').select((eb) => eb.fn.countAll<number>().as('count')).where('status', '=', 'published').executeTakeFirstOrThrow();
  return Number(row.count);
}

// ——— the name memory ———

/** In the order the names were first stored, the closest to the memory's own order. */
export async function listEntityNames(db: Queryable): Promise<EntityNameRow[]> {
  return db.selectFrom('entity_names').selectAll().orderBy(sql`rowid`).execute();
}

export async function upsertEntityNames(db: Queryable, rows: EntityNameRow[]): Promise<void> {
  for (const part of chunks(rows, 500)) {
    await db
      .insertInto('entity_names')
      .values(part)
      .onConflict((conflict) =>
        conflict.column('key').doUpdateSet((eb) => ({
          type: eb.ref('excluded.type'),
          canonical: eb.ref('excluded.canonical'),
          aliases: eb.ref('excluded.aliases'),
          sightings: eb.ref('excluded.sightings'),
          last_seen: eb.ref('excluded.last_seen'),
        })),
      )
      .execute();
  }
}

export async function deleteEntityNames(db: Queryable, keys: string[]): Promise<void> {
  for (const part of chunks(keys)) await db.deleteFrom('entity_names').where('key', 'in', part).execute();
}

export async function deleteAllEntityNames(db: Queryable): Promise<void> {
  await db.deleteFrom('entity_names').execute();
}

// ——— entities and article tags ———

export async function findEntitiesByCanonical(db: Queryable, canonicals: string[]): Promise<EntityRow[]> {
  const rows: EntityRow[] = [];
  for (const part of chunks(canonicals)) rows.push(...(await db.selectFrom('entities').selectAll().where('canonical', 'in', part).execute()));
  return rows;
}

export async function findTakenSlugs(db: Queryable, slugs: string[]): Promise<Set<string>> {
  const taken = new Set<string>();
  for (const part of chunks(slugs)) {
    for (const row of await db.selectFrom('entities').select('slug').where('slug', 'in', part).execute()) taken.add(row.slug);
  }
  return taken;
}

export async function insertEntities(db: Queryable, rows: { type: TagType; canonical: string; slug: string }[]): Promise<EntityRow[]> {
  const inserted: EntityRow[] = [];
  for (const part of chunks(rows, 500)) inserted.push(...(await db.insertInto('entities').values(part).returningAll().execute()));
  return inserted;
}

export async function deleteArticleEntities(db: Queryable, articleIds: number[]): Promise<void> {
  for (const part of chunks(articleIds)) await db.deleteFrom('article_entities').where('article_id', 'in', part).execute();
}

export async function deleteAllArticleEntities(db: Queryable): Promise<void> {
  await db.deleteFrom('article_entities').execute();
}

/**
 * Rows travel as one JSON parameter a statement (in their order): an import writes about 30 tags an
 * article, and a statement with a parameter per value cost Kysely more to build than SQLite to run.
 */
export async function insertArticleEntities(db: Queryable, rows: { article_id: number; entity_id: number; mentions: number }[]): Promise<void> {
  for (const part of chunks(rows, 20_000)) {
    const values = JSON.stringify(part.map((row) => [row.article_id, row.entity_id, row.mentions]));
    // `WHERE true` keeps SQLite's parser from reading a later clause as part of a join.
    await sql`INSERT INTO article_entities (article_id, entity_id, mentions) SELECT value ->> 0, value ->> 1, value ->> 2 FROM json_each(${values}) WHERE true`.execute(db);
  }
}

export interface ArticleTagRow {
  type: TagType;
  canonical: string;
  slug: string;
  mentions: number;
}

/** An article's tags, the most named first. */
const selectArticleTags = compiledOnce(
  (db, articleId: number) =>
    db
      .selectFrom('article_entities')
      .innerJoin('entities', 'entities.id', 'article_entities.entity_id')
      .select(['entities.type', 'entities.canonical', 'entities.slug', 'article_entities.mentions'])
      .where('article_entities.article_id', '=', articleId)
      .orderBy('article_entities.mentions', 'desc')
      .orderBy('entities.article_count', 'desc')
      .orderBy('entities.id'),
  [-1],
);

export async function findArticleTags(db: Queryable, articleId: number): Promise<ArticleTagRow[]> {
  return selectArticleTags(db, articleId);
}

export async function findEntityBySlug(db: Queryable, slug: string): Promise<EntityRow | undefined> {
  return db.selectFrom('entities').selectAll().where('slug', '=', slug).executeTakeFirst();
}

/** The published articles naming the entity, newest first (only published articles carry tags). */
export async function listEntityArticleIds(db: Queryable, entityId: number, page: { limit: number; offset: number }): Promise<number[]> {
  const rows = await db
    .selectFrom('article_entities')
    .innerJoin('articles', 'articles.id', 'article_entities.article_id')
    .select('articles.id')
    .where('article_entities.entity_id', '=', entityId)
    .where('articles.status', '=', 'published')
    .orderBy('articles.published_at', 'desc')
    .orderBy('articles.id', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return rows.map((row) => row.id);
}

export interface RelatedEntityRow extends EntityRow {
  shared: number;
}

/** The entities named most often in the same articles as this one. */
export async function findCoOccurringEntities(db: Queryable, entityId: number, limit: number): Promise<RelatedEntityRow[]> {
  const { rows } = await sql<RelatedEntityRow>`
    SELECT entities.*, count(*) AS shared
    FROM article_entities AS mine
    JOIN article_entities AS other ON other.article_id = mine.article_id AND other.entity_id <> mine.entity_id
    JOIN entities ON entities.id = other.entity_id
    WHERE mine.entity_id = ${entityId}
    GROUP BY other.entity_id
    ORDER BY shared DESC, entities.article_count DESC, entities.id
    LIMIT ${limit}`.execute(db);
  return rows.map((row) => ({ ...row, shared: Number(row.shared) }));
}

/** Articles naming the entity per month (`YYYY-MM` of the UTC publication time), oldest first. */
export async function countEntityArticlesByMonth(db: Queryable, entityId: number): Promise<{ month: string; count: number }[]> {
  const { rows } = await sql<{ month: string; count: number }>`
    SELECT substr(articles.published_at, 1, 7) AS month, count(*) AS count
    FROM article_entities JOIN articles ON articles.id = article_entities.article_id
    WHERE article_entities.entity_id = ${entityId} AND articles.status = 'published'
    GROUP BY month ORDER BY month`.execute(db);
  return rows.map((row) => ({ month: row.month, count: Number(row.count) }));
}

/** Entities with at least one published article, oldest first so a sitemap page keeps its content. */
export async function listTaggedEntitySlugs(db: Queryable, page: { limit: number; offset: number }): Promise<string[]> {
  const rows = await db.selectFrom('entities').select('slug').where('article_count', '>', 0).orderBy('id').limit(page.limit).offset(page.offset).execute();
  return rows.map((row) => row.slug);
}

export async function countTaggedEntities(db: Queryable): Promise<number> {
  const row = await db.selectFrom('entities').select((eb) => eb.fn.countAll<number>().as('count')).where('article_count', '>', 0).executeTakeFirstOrThrow();
  return Number(row.count);
}
