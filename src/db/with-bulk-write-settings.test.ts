import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importJsonl } from '../ingest/jsonl/import-jsonl.ts';
import { createTemporaryDirectory } from '../test-support/test-database.ts';
import { openDatabase, type OpenedDatabase } from './open-database.ts';
import { readConnectionSetting } from './pragma.repository.ts';
import { withBulkWriteSettings } from './with-bulk-write-settings.ts';

describe('withBulkWriteSettings', () => {
  let temporary: ReturnType<typeof createTemporaryDirectory>;
  let opened: OpenedDatabase | undefined;
  beforeEach(() => {
    temporary = createTemporaryDirectory();
  });
  afterEach(async () => {
    await opened?.close();
    opened = undefined;
    temporary.remove();
  });
  const settings = async (database: OpenedDatabase) => ({
    cache: await readConnectionSetting(database.db, 'cache_size'),
    checkpoint: await readConnectionSetting(database.db, 'wal_autocheckpoint'),
  });

  it('raises the page cache and spaces checkpoints out for the write, and restores both even when it fails', async () => {
    opened = await openDatabase(path.join(temporary.directory, 'site.db'));
    const before = await settings(opened);
    // better-sqlite3's build: a 16 MiB page cache (negative: KiB); SQLite's default checkpoint, 1,000 pages.
    expect(before).toEqual({ cache: -16_000, checkpoint: 1000 });
    expect(await withBulkWriteSettings(opened.db, () => settings(opened!))).toEqual({ cache: -65_536, checkpoint: 16_384 });
    expect(await settings(opened)).toEqual(before);

    await expect(withBulkWriteSettings(opened.db, () => Promise.reject(new Error('disk full')))).rejects.toThrow('disk full');
    expect(await settings(opened)).toEqual(before);
  });

  it('is what an import runs under, settings restored afterwards', async () => {
    opened = await openDatabase(path.join(temporary.directory, 'site.db'));
    const file = path.join(temporary.directory, 'one.jsonl');
    fs.writeFileSync(file, `${JSON.stringify({ id: 'a1', title: 'عنوان الخبر', body: 'نص الخبر في فقرة واحدة كاملة.' })}\n`);
    const before = await settings(opened);
    expect((await importJsonl(opened.db, file)).imported).toBe(1);
    expect(await settings(opened)).toEqual(before);
  });
});
