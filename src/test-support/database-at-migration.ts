/**
 * For tests of a migration: an in-memory database migrated up to a named migration (the schema the
 * migration under test finds), destroyed after each test of the describe block that asked for it.
 */
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { afterEach } from 'vitest';
import { migrationProvider } from '../db/migrations/index.ts';

export interface DatabaseAtMigration {
  sqlite: SQLite.Database;
  // Migrations take Kysely<any>: the schema before one is not today's Database type.
  db: Kysely<any>;
}

/** Call inside a describe block; the returned function opens a database at the named migration. */
export function databasesAtMigration(): (migration: string) => Promise<DatabaseAtMigration> {
  const opened: Kysely<any>[] = [];
  afterEach(async () => {
    for (const db of opened.splice(0)) await db.destroy();
  });
  return async (migration) => {
    const sqlite = new SQLite(':memory:');
    const db = new Kysely<any>({ dialect: new SqliteDialect({ database: sqlite }) });
    opened.push(db);
    const { error } = await new Migrator({ db, provider: migrationProvider }).migrateTo(migration);
    if (error !== undefined) throw error;
    return { sqlite, db };
  };
}
