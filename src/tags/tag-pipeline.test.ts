import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { OpenedDatabase } from '../db/open-database.ts';
import { DEMO_CORPUS_SAMPLE } from '../demo/load-demo-content.ts';
import { importJsonl } from '../ingest/jsonl/import-jsonl.ts';
import { createTemporaryDirectory, createTestDatabase } from '../test-support/test-database.ts';
import { ensureEntityTagsCurrent } from './ensure-entity-tags-current.ts';

async function tagRows(opened: OpenedDatabase) {
  const { rows } = await sql<{ external_id: string; canonical: string; mentions: number }>`
    SELECT articles.external_id, entities.canonical, article_entities.mentions
    FROM article_entities JOIN articles ON articles.id = article_entities.article_id JOIN entities ON entities.id = article_entities.entity_id
    ORDER BY articles.external_id, entities.type, entities.canonical`.execute(opened.db);
  return rows;
}

async function countsAgree(opened: OpenedDatabase): Promise<boolean> {
  const { rows } = await sql<{ wrong: number }>`
    SELECT count(*) AS wrong FROM entities
    WHERE article_count <> (SELECT count(*) FROM article_entities WHERE entity_id = entities.id)`.execute(opened.db);
  return Number(rows[0]!.wrong) === 0;
}

const RECORDS = 120;

describe('tagging a bulk import in an extraction worker', () => {
  const opened: OpenedDatabase[] = [];
  // The first 120 records of the demo sample, so that three imports stay quick on a busy machine.
  const temporary = createTemporaryDirectory();
  const sample = path.join(temporary.directory, 'sample.jsonl');
  beforeAll(() => {
    const lines = zlib.gunzipSync(fs.readFileSync(DEMO_CORPUS_SAMPLE)).toString('utf8').split('\n').filter((line) => line.trim() !== '');
    fs.writeFileSync(sample, `${lines.slice(0, RECORDS).join('\n')}\n`);
  });
  afterAll(() => temporary.remove());
  const open = async () => {
    const database = await createTestDatabase();
    opened.push(database);
    return database;
  };
  afterEach(async () => {
    for (const database of opened.splice(0)) await database.close();
  });

  it('tags every article the same way on every run, and a re-import changes no count', async () => {
    const [first, second] = [await open(), await open()];
    const summary = await importJsonl(first.db, sample, { batchSize: 25, extractionWorkers: 1 });
    expect(summary.imported).toBe(RECORDS);
    await importJsonl(second.db, sample, { batchSize: 25, extractionWorkers: 2 });
    const rows = await tagRows(first);
    expect(new Set(rows.map((row) => row.external_id)).size).toBeGreaterThan(RECORDS - 5);
    expect(await tagRows(second)).toEqual(rows);
    expect(await countsAgree(first)).toBe(true);
    const names = await first.db.selectFrom('entity_names').select('canonical').execute();
    expect(names.length).toBeGreaterThan(10);

    const again = await importJsonl(first.db, sample, { batchSize: 25, extractionWorkers: 1 });
    expect(again).toMatchObject({ imported: 0, alreadyPresent: RECORDS });
    expect(await tagRows(first)).toEqual(rows);
    expect(await countsAgree(first)).toBe(true);
  }, 120_000);

  it('defers tagging to the next start when asked, which then tags every article', async () => {
    const database = await open();
    await importJsonl(database.db, sample, { entityTags: 'defer' });
    expect(await tagRows(database)).toEqual([]);
    expect(await ensureEntityTagsCurrent(database.db, { extractionWorkers: 1 })).toEqual({ retagged: true, tagged: RECORDS });
    expect((await tagRows(database)).length).toBeGreaterThan(RECORDS * 5);
    expect(await countsAgree(database)).toBe(true);
  }, 60_000);
});
