/** The SQLite connection settings (PRAGMAs) a bulk writer changes for its duration. */
import { sql, type Kysely } from 'kysely';
import type { Database } from './database.ts';

export type ConnectionSetting = 'cache_size' | 'wal_autocheckpoint';

export async function readConnectionSetting(db: Kysely<Database>, name: ConnectionSetting): Promise<number> {
  const { rows } = await sql<Record<string, number>>`PRAGMA ${sql.raw(name)}`.execute(db);
  return Number(Object.values(rows[0] ?? {})[0]);
}

export async function writeConnectionSetting(db: Kysely<Database>, name: ConnectionSetting, value: number): Promise<void> {
  if (!Number.isInteger(value)) throw new RangeError(`${name} must be an integer, not ${value}`);
  await sql`PRAGMA ${sql.raw(name)} = ${sql.raw(String(value))}`.execute(db);
}
