/**
 * Kysely's SQLite driver prepares every query anew; a page runs the same few queries thousands of times,
 * so the connection handed to Kysely keeps its most recently used prepared statements (better-sqlite3
 * re-prepares a kept statement by itself when a migration changes the schema).
 */
import type SQLite from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

/** Enough for every distinct query the site, the API and the writers run; bulk inserts of many sizes cycle out. */
const KEPT_STATEMENTS = 300;

export function withStatementCache(sqlite: SQLite.Database, size = KEPT_STATEMENTS): SqliteDatabase {
  const statements = new Map<string, SQLite.Statement>();
  return {
    prepare(sql: string) {
      const kept = statements.get(sql);
      // A statement still being iterated (a streamed query) cannot run again until it is done.
      if (kept !== undefined && !kept.busy) {
        statements.delete(sql);
        statements.set(sql, kept);
        return kept;
      }
      const statement = sqlite.prepare(sql);
      if (kept === undefined) {
        statements.set(sql, statement);
        if (statements.size > size) statements.delete(statements.keys().next().value as string);
      }
      return statement;
    },
    close() {
      statements.clear();
      sqlite.close();
    },
  };
}
