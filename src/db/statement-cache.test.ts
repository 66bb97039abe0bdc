import SQLite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { withStatementCache } from './statement-cache.ts';

describe('withStatementCache', () => {
  let sqlite: SQLite.Database;
  afterEach(() => sqlite.close());

  it('reuses a prepared statement, keeps the most recently used, and never hands out a busy one', () => {
    sqlite = new SQLite(':memory:');
    sqlite.exec('CREATE TABLE t (n INTEGER); INSERT INTO t VALUES (1), (2), (3);');
    const cached = withStatementCache(sqlite, 2);
    const first = cached.prepare('SELECT n FROM t');
    expect(cached.prepare('SELECT n FROM t')).toBe(first);
    const iterating = (first as unknown as SQLite.Statement).iterate();
    iterating.next();
    const whileBusy = cached.prepare('SELECT n FROM t');
    expect(whileBusy).not.toBe(first);
    expect((whileBusy as unknown as SQLite.Statement).all()).toHaveLength(3);
    iterating.return?.();
    expect(cached.prepare('SELECT n FROM t')).toBe(first);
    cached.prepare('SELECT n + 1 FROM t');
    cached.prepare('SELECT n + 2 FROM t');
    expect(cached.prepare('SELECT n FROM t')).not.toBe(first);
  });

  it('sees a schema change made after a statement was kept', () => {
    sqlite = new SQLite(':memory:');
    sqlite.exec('CREATE TABLE t (n INTEGER); INSERT INTO t VALUES (1);');
    const cached = withStatementCache(sqlite);
    expect((cached.prepare('SELECT * FROM t') as unknown as SQLite.Statement).get()).toEqual({ n: 1 });
    sqlite.exec('ALTER TABLE t ADD COLUMN label TEXT');
    expect((cached.prepare('SELECT * FROM t') as unknown as SQLite.Statement).get()).toEqual({ n: 1, label: null });
  });
});
