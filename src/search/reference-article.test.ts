/**
 * Issue 3, section 5: `بلينكن كازاخستان` ranks the reference article first among the ANT articles.
 * A sample keeps this fast: every ANT article that names Blinken or Kazakhstan in any form (the only
 * ones that can compete), plus every 15th article as background for bm25. The full corpus is
 * measured by bench/search-speed.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertArticle } from '../articles/article.repository.ts';
import { toNewArticleRow } from '../articles/article-mapper.ts';
import type { OpenedDatabase } from '../db/open-database.ts';
import { parseRawCopy } from '../ingest/raw-copy/index.ts';
import { structureBody } from '../ingest/raw-copy/sections.ts';
import { createTestDatabase } from '../test-support/test-database.ts';
import { sqliteSearchIndex } from './sqlite-search-index.ts';
import { rebuildSearchIndex } from './sync-search-index.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ANT_FILE = path.resolve(ROOT, '../shared/data/ant-multisource/ant_multisource_v2.1.jsonl.gz');
const REFERENCE_FILE = path.resolve(ROOT, '../shared/fixtures/asharq-2023-02-28-blinken-kazakhstan.txt');
const available = fs.existsSync(ANT_FILE) && fs.existsSync(REFERENCE_FILE);
const COMPETITORS = /كازاخستان|كازاخي|بلينكن/u;
if (!available) console.warn(`skipped: the reference-article search test needs ${ANT_FILE} and ${REFERENCE_FILE}`);

describe.skipIf(!available)('the reference article among ANT articles (needs ../shared/data and ../shared/fixtures)', () => {
  let opened: OpenedDatabase;
  let referenceId: number;

  beforeAll(async () => {
    opened = await createTestDatabase();
    const now = new Date('2023-03-01T00:00:00Z');
    const lines = zlib.gunzipSync(fs.readFileSync(ANT_FILE)).toString('utf8').split('\n');
    const sample = lines.filter((line, index) => line.trim() !== '' && (index % 15 === 0 || COMPETITORS.test(line)));
    const rows = sample.map((line) => {
      const record = JSON.parse(line) as { id: string; title: string; body: string; date: string };
      const sections = structureBody(record.body.split('\n'));
      return toNewArticleRow({ externalId: record.id, title: record.title, image: null, dateline: null, sections, publishedAt: new Date(Date.parse(record.date) || 0).toISOString() }, now);
    });
    const reference = parseRawCopy(fs.readFileSync(REFERENCE_FILE, 'utf8'));
    await opened.db.transaction().execute(async (trx) => {
      for (const row of rows) await insertArticle(trx, row);
      referenceId = await insertArticle(
        trx,
        toNewArticleRow({ title: reference.title, image: reference.image, dateline: reference.dateline, sections: reference.sections, publishedAt: '2023-02-28T08:00:00Z' }, now),
      );
    });
    await rebuildSearchIndex(opened.db);
  });
  afterAll(async () => {
    await opened?.close();
  });

  it('ranks it first for بلينكن كازاخستان, with both words marked in its snippet', async () => {
    const result = await sqliteSearchIndex.search(opened.db, { text: 'بلينكن كازاخستان', limit: 10, offset: 0 });
    expect(result.total).toBeGreaterThan(10);
    expect(result.hits[0]?.id).toBe(referenceId);
    expect(result.hits[0]?.snippet).toMatch(/<mark>بلينكن<\/mark>.*<mark>[^<]*كازاخستان<\/mark>|<mark>[^<]*كازاخستان<\/mark>.*<mark>بلينكن<\/mark>/u);
  });

  it.each(['العقوبات الأميركية على روسيا', 'مساعدات اقتصادية لأوكرانيا', '"آسيا الوسطى" بلينكن'])('finds it for %s', async (text) => {
    const result = await sqliteSearchIndex.search(opened.db, { text, limit: 10, offset: 0 });
    expect(result.hits.map((hit) => hit.id)).toContain(referenceId);
  });
});
