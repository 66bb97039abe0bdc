/** Brings a database to the latest schema with Kysely's Migrator; run on every start. */
import { Migrator, type Kysely } from 'kysely';
import type { Database } from './database.ts';
import { migrationProvider } from './migrations/index.ts';

export class MigrationError extends Error {
  override name = 'MigrationError';
}

export async function migrateToLatest(db: Kysely<Database>): Promise<void> {
  // Engineers land migrations from their own time slots in any order: a database that already ran a
  // later slot must still take an earlier one that lands after it.
  const migrator = new Migrator({ db, provider: migrationProvider, allowUnorderedMigrations: true });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((result) => result.status === 'Error');
    const reason = error instanceof Error ? error.message : String(error);
    throw new MigrationError(`database migration ${failed?.migrationName ?? ''} failed: ${reason}`.replace('  ', ' '));
  }
}
