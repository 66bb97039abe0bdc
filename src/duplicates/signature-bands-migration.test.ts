import type SQLite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrateToLatest } from '../db/migrate.ts';
import * as signatureBandsOneIndex from '../db/migrations/2026-11-30T0100-signature-bands-one-index.ts';
import { databasesAtMigration } from '../test-support/database-at-migration.ts';

const BEFORE = '2026-11-29T0400-article-first-paragraph';

describe('migration 2026-11-30T0100: LSH bands keep one index', () => {
  const databaseAt = databasesAtMigration();

  /** A database at the schema before the migration, with band rows of three articles. */
  async function databaseBefore() {
    const { sqlite, db } = await databaseAt(BEFORE);
    sqlite.pragma('foreign_keys = OFF');
    const insert = sqlite.prepare('INSERT INTO article_signature_bands (band_key, article_id) VALUES (?, ?)');
    for (const [key, id] of [[2 ** 32 + 7, 1], [5, 1], [5, 2], [3 * 2 ** 32 + 1, 3]] as const) insert.run(key, id);
    return { sqlite, db };
  }

  const bands = (sqlite: SQLite.Database) => sqlite.prepare('SELECT band_key, article_id FROM article_signature_bands ORDER BY 1, 2').all();
  const schemaOf = (sqlite: SQLite.Database) => ({
    indexes: sqlite.prepare("SELECT name, origin FROM pragma_index_list('article_signature_bands') ORDER BY name").all(),
    foreignKeys: sqlite.prepare("SELECT * FROM pragma_foreign_key_list('article_signature_bands')").all(),
  });

  it('keeps every band row, with the primary key as the only index and no foreign key', async () => {
    const { sqlite, db } = await databaseBefore();
    const rows = bands(sqlite);
    expect(rows).toHaveLength(4);
    expect(schemaOf(sqlite).indexes).toEqual([
      { name: 'article_signature_bands_article', origin: 'c' },
      { name: 'sqlite_autoindex_article_signature_bands_1', origin: 'pk' },
    ]);
    expect(schemaOf(sqlite).foreignKeys).toHaveLength(1);
    await migrateToLatest(db);
    expect(bands(sqlite)).toEqual(rows);
    expect(schemaOf(sqlite)).toEqual({ indexes: [{ name: 'sqlite_autoindex_article_signature_bands_1', origin: 'pk' }], foreignKeys: [] });
    const plan = sqlite.prepare('EXPLAIN QUERY PLAN SELECT band_key, article_id FROM article_signature_bands WHERE band_key IN (5, 7)').all() as { detail: string }[];
    expect(plan.map((step) => step.detail).join('\n')).toMatch(/SEARCH article_signature_bands USING PRIMARY KEY \(band_key=\?\)/);
  });

  it('ends in the same table when run again (Kysely runs SQLite migrations outside a transaction)', async () => {
    const { sqlite, db } = await databaseBefore();
    await migrateToLatest(db);
    const rows = bands(sqlite);
    await signatureBandsOneIndex.up(db);
    expect(bands(sqlite)).toEqual(rows);
    expect(schemaOf(sqlite).indexes).toHaveLength(1);
    // A crash after the copy was created, before the old table was dropped.
    sqlite.exec('CREATE TABLE article_signature_bands_rebuilt (band_key INTEGER NOT NULL, article_id INTEGER NOT NULL, PRIMARY KEY (band_key, article_id)) WITHOUT ROWID');
    sqlite.exec('INSERT INTO article_signature_bands_rebuilt SELECT * FROM article_signature_bands LIMIT 2');
    await signatureBandsOneIndex.up(db);
    expect(bands(sqlite)).toEqual(rows);
  });

  it('goes back down to the index by article and its cascade', async () => {
    const { sqlite, db } = await databaseBefore();
    await migrateToLatest(db);
    const rows = bands(sqlite);
    await signatureBandsOneIndex.down(db);
    expect(bands(sqlite)).toEqual(rows);
    expect(schemaOf(sqlite).indexes).toHaveLength(2);
    expect(schemaOf(sqlite).foreignKeys).toHaveLength(1);
  });
});
