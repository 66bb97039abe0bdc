/** SQL on `entity_name_sightings`: what each article taught the name memory, in the order taught. */
import type { Kysely } from 'kysely';
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

export async function insertNameSightings(db: Queryable, rows: readonly NewSighting[]): Promise<void> {
  for (const part of chunks(rows)) await db.insertInto('entity_name_sightings').values(part).execute();
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
