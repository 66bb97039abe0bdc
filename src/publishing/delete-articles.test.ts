import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenedDatabase } from '../db/open-database.ts';
import { DEMO_CORPUS_SAMPLE } from '../demo/load-demo-content.ts';
import { importJsonl } from '../ingest/jsonl/import-jsonl.ts';
import { rebuildRelatedIndex } from '../related/index.ts';
import { createTemporaryDirectory, createTestDatabase } from '../test-support/test-database.ts';
import { afterArticlesWritten } from './after-articles-written.ts';
import { deleteArticles } from './delete-articles.ts';

/**
 * Everything derived from the articles that counts them, by external id rather than row id. Not the
 * other articles' term weights: each is a snapshot of the frequencies when it was written, which in a
 * batch included the article deleted later (a rebuild or the article's next write renews it).
 */
async function derivedState(opened: OpenedDatabase) {
  const rows = async (query: ReturnType<typeof sql>) => (await query.execute(opened.db)).rows;
  return {
    entities: await rows(sql`SELECT type, canonical, article_count FROM entities WHERE article_count <> 0 ORDER BY type, canonical`),
    tags: await rows(sql`
      SELECT articles.external_id, entities.canonical, article_entities.mentions FROM article_entities
      JOIN articles ON articles.id = article_entities.article_id JOIN entities ON entities.id = article_entities.entity_id
      ORDER BY 1, 2`),
    /** The name memory: what the articles taught after cues. */
    names: await rows(sql`SELECT key, type, canonical, aliases, sightings, last_seen FROM entity_names ORDER BY key`),
    nameSightings: await rows(sql`SELECT count(*) AS count FROM entity_name_sightings`),
    documentFrequencies: await rows(sql`SELECT term, df FROM related_term_df ORDER BY term`),
    documentCount: await rows(sql`SELECT value FROM meta WHERE key = 'related_document_count'`),
    relatedDocuments: await rows(sql`
      SELECT articles.external_id, related_documents.counted_terms FROM related_documents
      JOIN articles ON articles.id = related_documents.article_id ORDER BY 1`),
    /** Postings of articles that no longer exist. */
    orphanPostings: await rows(sql`SELECT count(*) AS count FROM related_terms WHERE article_id NOT IN (SELECT id FROM articles)`),
    searchRows: await rows(sql`SELECT count(*) AS count FROM article_search`),
    signatures: await rows(sql`SELECT count(*) AS count FROM article_signatures`),
    bands: await rows(sql`SELECT count(*) AS count FROM article_signature_bands`),
  };
}

describe('deleting articles', () => {
  const temporary = createTemporaryDirectory();
  const lines = zlib.gunzipSync(fs.readFileSync(DEMO_CORPUS_SAMPLE)).toString('utf8').split('\n').filter((line) => line.trim() !== '').slice(0, 60);
  const writeFile = (name: string, records: string[]) => {
    const file = path.join(temporary.directory, name);
    fs.writeFileSync(file, `${records.join('\n')}\n`);
    return file;
  };
  let imported: OpenedDatabase;

  beforeAll(async () => {
    imported = await createTestDatabase();
    await importJsonl(imported.db, writeFile('all.jsonl', lines), { extractionWorkers: 0 });
  });
  afterAll(async () => {
    await imported.close();
    temporary.remove();
  });

  it('leaves every count as if the last article had never been imported', async () => {
    const { rows } = await sql<{ id: number; external_id: string }>`SELECT id, external_id FROM articles ORDER BY id DESC LIMIT 1`.execute(imported.db);
    const last = rows[0]!;
    const before = await derivedState(imported);
    expect(await deleteArticles(imported.db, [last.id])).toEqual([last.id]);

    const fresh = await createTestDatabase();
    try {
      const remaining = lines.filter((line) => String((JSON.parse(line) as { id: unknown }).id) !== last.external_id);
      expect(remaining).toHaveLength(lines.length - 1);
      await importJsonl(fresh.db, writeFile('remaining.jsonl', remaining), { extractionWorkers: 0 });
      const after = await derivedState(imported);
      // The deletion changed the counts (else this test could not fail), and to exactly the fresh import's.
      expect(after.documentFrequencies).not.toEqual(before.documentFrequencies);
      expect(after.entities).not.toEqual(before.entities);
      expect(after.names).not.toEqual(before.names);
      expect(after).toEqual(await derivedState(fresh));
      expect(after.orphanPostings).toEqual([{ count: 0 }]);
    } finally {
      await fresh.close();
    }
  });

  it('keeps the document frequencies equal to a rebuild after edits and deletions', async () => {
    const { rows } = await sql<{ id: number }>`SELECT id FROM articles WHERE status = 'published' ORDER BY id LIMIT 3`.execute(imported.db);
    const [edited, deleted, unpublished] = rows.map((row) => row.id);
    await imported.db.transaction().execute(async (trx) => {
      await sql`UPDATE articles SET title = 'عنوان جديد تماما عن محادثات السلام في جنيف', sections = ${JSON.stringify([{ heading: null, paragraphs: ['استؤنفت محادثات السلام في جنيف بحضور المبعوث الأممي.'] }])} WHERE id = ${edited}`.execute(trx);
      await sql`UPDATE articles SET status = 'archived' WHERE id = ${unpublished}`.execute(trx);
      await afterArticlesWritten(trx, [edited!, unpublished!]);
    });
    await deleteArticles(imported.db, [deleted!]);
    const incremental = await derivedState(imported);
    expect(incremental.documentFrequencies).toContainEqual({ term: 'جنيف', df: 1 });

    await rebuildRelatedIndex(imported.db);
    const rebuilt = await derivedState(imported);
    expect(incremental.documentFrequencies).toEqual(rebuilt.documentFrequencies);
    expect(incremental.documentCount).toEqual(rebuilt.documentCount);
    expect(incremental.relatedDocuments.map((row) => (row as { counted_terms: string }).counted_terms)).toEqual(
      rebuilt.relatedDocuments.map((row) => (row as { counted_terms: string }).counted_terms),
    );
  });
});
