/** Opens (creating if needed) the embedded SQLite database and migrates it to the latest schema. */
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from './database.ts';
import { migrateToLatest } from './migrate.ts';
import { withStatementCache } from './statement-cache.ts';

export class DatabaseOpenError extends Error {
  override name = 'DatabaseOpenError';
}

export interface OpenedDatabase {
  db: Kysely<Database>;
  /** The raw connection, for what Kysely cannot express (FTS5 virtual tables, backups). */
  sqlite: SQLite.Database;
  close(): Promise<void>;
}

function openSqlite(databasePath: string): SQLite.Database {
  try {
    if (databasePath !== ':memory:') fs.mkdirSync(path.dirname(databasePath), { recursive: true });
    const sqlite = new SQLite(databasePath);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    // Reading the schema fails here, not later mid-request, when the file is not a database.
    sqlite.prepare('SELECT count(*) FROM sqlite_master').get();
    return sqlite;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DatabaseOpenError(`cannot open database ${databasePath}: ${reason}`);
  }
}

export async function openDatabase(databasePath: string): Promise<OpenedDatabase> {
  const sqlite = openSqlite(databasePath);
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  try {
    await migrateToLatest(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return { db, sqlite, close: () => db.destroy() };
}
