/**
 * Connection settings for a bulk write (an import), restored afterwards whatever happens. A larger
 * page cache keeps the growing indexes (FTS5 segments, duplicate bands, related-stories postings) in
 * memory instead of re-reading their pages through the OS for every batch, and rarer WAL checkpoints
 * copy a page written by many batches to the database file once, not once per batch: together about
 * a tenth of the writing thread's CPU on 4,000 ANT articles (bench/import-speed.ts). Neither changes
 * what is stored, nor durability: each batch still commits to the WAL as before.
 */
import type { Kysely } from 'kysely';
import type { Database } from './database.ts';
import { readConnectionSetting, writeConnectionSetting, type ConnectionSetting } from './pragma.repository.ts';

/** Negative: KiB (64 MiB, where better-sqlite3 keeps 16). */
const BULK_CACHE_SIZE = -65_536;
/** Pages (64 MiB of 4 KiB pages) of WAL before a checkpoint. */
const BULK_WAL_AUTOCHECKPOINT = 16_384;

export async function withBulkWriteSettings<T>(db: Kysely<Database>, write: () => Promise<T>): Promise<T> {
  const wanted: [ConnectionSetting, number][] = [
    ['cache_size', BULK_CACHE_SIZE],
    ['wal_autocheckpoint', BULK_WAL_AUTOCHECKPOINT],
  ];
  const previous: [ConnectionSetting, number][] = [];
  try {
    for (const [name, value] of wanted) {
      previous.push([name, await readConnectionSetting(db, name)]);
      await writeConnectionSetting(db, name, value);
    }
    return await write();
  } finally {
    for (const [name, value] of previous.reverse()) await writeConnectionSetting(db, name, value);
  }
}
