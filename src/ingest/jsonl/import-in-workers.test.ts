import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { OpenedDatabase } from '../../db/open-database.ts';
import { DEMO_CORPUS_SAMPLE } from '../../demo/load-demo-content.ts';
import { createTemporaryDirectory, createTestDatabase } from '../../test-support/test-database.ts';
import { importJsonl, type ImportOptions } from './import-jsonl.ts';

/** Rows that differ between two equal imports only by chance: a random generation key, the clock, migration times. */
const VARYING = new Set(['kysely_migration', 'kysely_migration_lock', 'article_search']);
const VARYING_META = ['search_index_generation', 'content_changed_at'];

/** Every stored row, FTS5's own tables (its index segments, byte for byte) included. */
function dump(opened: OpenedDatabase): Record<string, unknown[]> {
  const tables = opened.sqlite
    .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all()
    .map((row) => row.name)
    .filter((name) => !VARYING.has(name));
  return Object.fromEntries(
    tables.map((name) => {
      const rows = opened.sqlite.prepare(`SELECT * FROM "${name}"`).all() as Record<string, unknown>[];
      const kept = name === 'meta' ? rows.filter((row) => !VARYING_META.includes(String(row.key))) : rows;
      return [name, kept.map((row) => JSON.stringify(row, (_key, value: unknown) => (Buffer.isBuffer(value) ? value.toString('base64') : value))).sort()];
    }),
  );
}

const RECORDS = 120;
const NOW = new Date('2026-11-28T12:00:00Z');

describe('an import prepared in worker threads', () => {
  const temporary = createTemporaryDirectory();
  const sample = path.join(temporary.directory, 'sample.jsonl');
  const opened: OpenedDatabase[] = [];
  beforeAll(() => {
    const lines = zlib.gunzipSync(fs.readFileSync(DEMO_CORPUS_SAMPLE)).toString('utf8').split('\n').filter((line) => line.trim() !== '');
    fs.writeFileSync(sample, `${lines.slice(0, RECORDS).join('\n')}\n`);
  });
  afterAll(() => temporary.remove());
  afterEach(async () => {
    for (const database of opened.splice(0)) await database.close();
  });
  const imported = async (options: ImportOptions) => {
    const database = await createTestDatabase();
    opened.push(database);
    const summary = await importJsonl(database.db, sample, { batchSize: 30, now: NOW, ...options });
    expect(summary.imported).toBe(RECORDS);
    return dump(database);
  };

  it('stores exactly what the writing thread alone stores: signatures, search index, related-stories terms', async () => {
    const alone = await imported({ extractionWorkers: 0, entityTags: 'defer' });
    expect(alone.article_signatures!.length).toBe(RECORDS);
    expect(alone.related_documents!.length).toBeGreaterThan(RECORDS - 5);
    expect(alone.article_search_data!.length).toBeGreaterThan(1);
    expect(await imported({ extractionWorkers: 2, entityTags: 'defer' })).toEqual(alone);
  }, 120_000);

  it('skips the records already stored as the writing thread alone does, reading each line once in a worker', async () => {
    const half = path.join(temporary.directory, 'half.jsonl');
    fs.writeFileSync(half, fs.readFileSync(sample, 'utf8').split('\n').slice(0, RECORDS / 2).join('\n'));
    const twice = async (extractionWorkers: number) => {
      const database = await createTestDatabase();
      opened.push(database);
      await importJsonl(database.db, half, { batchSize: 30, now: NOW, extractionWorkers: 0, entityTags: 'defer' });
      const summary = await importJsonl(database.db, sample, { batchSize: 30, now: NOW, extractionWorkers, entityTags: 'defer' });
      return { summary, stored: dump(database) };
    };
    const alone = await twice(0);
    expect(alone.summary).toMatchObject({ records: RECORDS, imported: RECORDS / 2, alreadyPresent: RECORDS / 2, empty: 0 });
    expect(await twice(2)).toEqual(alone);
  }, 120_000);

  it('skips malformed lines among the batches sent while the file is checked as the writing thread alone does', async () => {
    const flawed = path.join(temporary.directory, 'flawed.jsonl');
    const lines = fs.readFileSync(sample, 'utf8').split('\n').filter((line) => line !== '');
    // Malformed lines inside the first batches (sent to the workers while checking), and blank ones.
    lines.splice(40, 0, '{"id": "broken", "title": ');
    lines.splice(70, 0, '', '{"id": 7}');
    fs.writeFileSync(flawed, `${lines.join('\n')}\n`);
    const flawedImport = async (extractionWorkers: number) => {
      const database = await createTestDatabase();
      opened.push(database);
      const summary = await importJsonl(database.db, flawed, { batchSize: 30, now: NOW, extractionWorkers, entityTags: 'defer', skipInvalid: true });
      return { summary, stored: dump(database) };
    };
    const alone = await flawedImport(0);
    expect(alone.summary).toMatchObject({ records: RECORDS + 2, imported: RECORDS });
    expect(alone.summary.invalid.map((problem) => problem.lineNumber)).toEqual([41, 72]);
    expect(await flawedImport(2)).toEqual(alone);
  }, 120_000);

  it('with entity tags, stores exactly what the writing thread alone stores besides the tags', async () => {
    // Tagged in the write, a batch uses the names of the batch before; in workers, of the one before that.
    const untagged = (dumped: Record<string, unknown[]>) =>
      Object.fromEntries(Object.entries(dumped).filter(([name]) => !['entities', 'article_entities', 'entity_names', 'entity_name_sightings'].includes(name)));
    const alone = await imported({ extractionWorkers: 0 });
    expect(alone.article_entities!.length).toBeGreaterThan(RECORDS * 5);
    expect(untagged(await imported({ extractionWorkers: 2 }))).toEqual(untagged(alone));
  }, 120_000);

  it('tags the same way whether a batch goes to one worker or is split between two', async () => {
    const one = await imported({ extractionWorkers: 1 });
    expect(one.article_entities!.length).toBeGreaterThan(RECORDS * 5);
    expect(await imported({ extractionWorkers: 2 })).toEqual(one);
  }, 120_000);
});
