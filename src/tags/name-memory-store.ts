/** The name memory of src/entities as the database keeps it: one `entity_names` row per remembered name. */
import type { Kysely } from 'kysely';
import type { NameMemory, RememberedName } from '../entities/index.ts';
import type { Database } from '../db/database.ts';
import { deleteEntityNames, listEntityNames, upsertEntityNames } from './entity.repository.ts';
import type { EntityNameRow } from './entity.table.ts';
import type { RememberedBatch } from '../entities/index.ts';

export async function loadNameMemory(db: Kysely<Database>): Promise<NameMemory> {
  const names: Record<string, RememberedName> = {};
  for (const row of await listEntityNames(db)) {
    names[row.key] = { type: row.type, canonical: row.canonical, aliases: JSON.parse(row.aliases) as string[], sightings: row.sightings, lastSeen: row.last_seen };
  }
  return { version: 1, names };
}

function toRow(key: string, name: RememberedName): EntityNameRow {
  return { key, type: name.type, canonical: name.canonical, aliases: JSON.stringify(name.aliases), sightings: name.sightings, last_seen: name.lastSeen };
}

export async function saveFoldedNames(db: Kysely<Database>, folded: RememberedBatch): Promise<void> {
  await deleteEntityNames(db, folded.removed);
  await upsertEntityNames(db, [...folded.upserted].map(([key, name]) => toRow(key, name)));
}
