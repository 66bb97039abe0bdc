/** SQL on `entity_name_sightings`: what each article taught the name memory, in the order taught. */
import { sql, type Kysely } from 'kysely';
import { chunks as chunksOf } from '../db/chunks.ts';
import type { Database } from '../db/database.ts';
import type { EntityNameSightingRow, EntityNameSightingTable } from './entity.table.ts';

type Queryable = Kysely<Database>;
type NewSighting = Omit<EntityNameSightingTable, 'id'>;

// Under SQLite's 32,766 bound parameters at six values a row.
const CHUNK = 1_000;

const chunks = <T>(items: readonly T[]) => chunksOf(items, CHUNK);

export async function findNameSightingGroupsOfArticles(db: Queryable, articleIds: readonly number[]): Promise<string[]> {
  const groups = new Set<string>();
  for (const part of chunks(articleIds)) {
    const rows = await db.selectFrom('entity_name_sightings').select('name_group').distinct().where('article_id', 'in', part).execute();
    for (const row of rows) groups.add(row.name_group);
  }
  return [...groups];
}

export async function deleteNameSightingsOfArticles(db: Queryable, articleIds: readonly number[]): Promise<void> {
  for (const part of chunks(articleIds)) await db.deleteFrom('entity_name_sightings').where('article_id', 'in', part).execute();
}

/** In their order (their ids are the order taught), as one JSON parameter a statement, as insertArticleEntities does. */
export async function insertNameSightings(db: Queryable, rows: readonly NewSighting[]): Promise<void> {
  for (const part of chunksOf(rows, 20_000)) {
    const values = JSON.stringify(part.map((row) => [row.article_id, row.name_group, row.type, row.canonical, row.aliases, row.seen_on]));
    await sql`INSERT INTO entity_name_sightings (article_id, name_group, type, canonical, aliases, seen_on)
      SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5 FROM json_each(${values}) WHERE true`.execute(db);
  }
}

/** Every sighting of names in these groups, in the order they were taught. */
export async function listNameSightingsInGroups(db: Queryable, groups: readonly string[]): Promise<EntityNameSightingRow[]> {
  const rows: EntityNameSightingRow[] = [];
  for (const part of chunks(groups)) rows.push(...(await db.selectFrom('entity_name_sightings').selectAll().where('name_group', 'in', part).execute()));
  return rows.sort((a, b) => a.id - b.id);
}

export async function deleteAllNameSightings(db: Queryable): Promise<void> {
  await db.deleteFrom('entity_name_sightings').execute();
}
