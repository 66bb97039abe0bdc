/** Related stories on the demo content (the reference article and 300 ANT articles), through the page, the API and the CLI. */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoContentOnce } from '../demo/load-demo-content.ts';
import { openDatabase } from '../db/open-database.ts';
import { createTestApp, type TestApp } from '../test-support/test-app.ts';
import { createTemporaryDirectory } from '../test-support/test-database.ts';
import { runSahifa } from '../../test/run-cli.ts';
import { ensureSearchIndexCurrent } from '../search/sync-search-index.ts';
import { ensureEntityTagsCurrent } from '../tags/ensure-entity-tags-current.ts';
import { countQueuedRelated, ensureRelatedCurrent } from './index.ts';

interface Link {
  id: number;
  externalId: string | null;
  title: string;
  url: string;
}

const RUSSIA_WORDS = /روسي|موسكو|أوكراني|بوتين|الكرملين|واشنطن|أمريك|أميرك|بايدن|الناتو/;

describe('related stories on the demo content', () => {
  let testApp: TestApp;
  let referenceId: number;
  beforeAll(async () => {
    testApp = await createTestApp();
    await loadDemoContentOnce(testApp.opened.db);
    const reference = await testApp.opened.db.selectFrom('articles').select('id').where('source', '=', 'asharq').executeTakeFirstOrThrow();
    referenceId = reference.id;
  });
  afterAll(() => testApp.close());

  it('gives every demo article its full lists, none waiting in the queue', async () => {
    const { db } = testApp.opened;
    expect(await countQueuedRelated(db)).toBe(0);
    const counts = await db.selectFrom('article_related').select(['article_id', (eb) => eb.fn.countAll<number>().as('count')]).groupBy('article_id').execute();
    expect(counts).toHaveLength(301);
    const short = counts.filter((row) => Number(row.count) < 9);
    expect(short.length).toBeLessThanOrEqual(3);
  });

  it('serves the reference article’s readAlso and related in the API: 3 and 6, distinct, never itself', async () => {
    const response = await testApp.app.inject({ url: `/api/v1/articles/${referenceId}` });
    expect(response.statusCode).toBe(200);
    const { readAlso, related } = response.json() as { readAlso: Link[]; related: Link[] };
    expect(readAlso).toHaveLength(3);
    expect(related).toHaveLength(6);
    const ids = [...readAlso, ...related].map((link) => link.id);
    expect(new Set(ids).size).toBe(9);
    expect(ids).not.toContain(referenceId);
    for (const link of [...readAlso, ...related]) {
      expect(link.url).toMatch(new RegExp(`^https://sahifa\\.test/articles/${link.id}/`));
      expect(link.externalId).toMatch(/\S/);
    }
    // Blinken in Kazakhstan, facing Russia's influence: the closest stories are about Russia, Ukraine and Washington.
    expect(readAlso.filter((link) => RUSSIA_WORDS.test(link.title)).length).toBeGreaterThanOrEqual(2);
  });

  it('sets «اقرأ أيضاً» inside the body of the reference article’s page and «قصص قد تهمك» after it', async () => {
    const api = (await testApp.app.inject({ url: `/api/v1/articles/${referenceId}` })).json() as { url: string; readAlso: Link[]; related: Link[] };
    const response = await testApp.app.inject({ url: new URL(api.url).pathname });
    expect(response.statusCode).toBe(200);
    const html = response.body;
    const body = html.slice(html.indexOf('class="article__body"'), html.indexOf('</article>'));
    expect(body).toContain('اقرأ أيضاً');
    // Inside the body: paragraphs before the box and after it.
    const box = body.indexOf('class="read-also"');
    expect(body.slice(0, box)).toMatch(/<p>[^<]+<\/p>/);
    expect(body.slice(box)).toMatch(/<\/aside>[\s\S]*<p>[^<]+<\/p>/);
    for (const link of api.readAlso) expect(body).toContain(`href="${new URL(link.url).pathname}"`);
    const after = html.slice(html.indexOf('</article>'));
    expect(after).toContain('قصص قد تهمك');
    expect(after.match(/class="related-card"/g)).toHaveLength(6);
    for (const link of api.related) expect(after).toContain(`href="${new URL(link.url).pathname}"`);
    for (const link of api.readAlso) expect(after).not.toContain(`href="${new URL(link.url).pathname}"`);
  });

  it('answers an unknown article in the API with 404 and no lists', async () => {
    const response = await testApp.app.inject({ url: '/api/v1/articles/99999' });
    expect(response.statusCode).toBe(404);
  });
});

describe('sahifa related', () => {
  const temporary = createTemporaryDirectory('sahifa-related-cli-');
  const databasePath = path.join(temporary.directory, 'site.db');
  let referenceId = 0;
  beforeAll(async () => {
    const opened = await openDatabase(databasePath);
    try {
      // As `sahifa serve --demo` does: the derived data is current before the demo content arrives.
      await ensureSearchIndexCurrent(opened.db);
      await ensureEntityTagsCurrent(opened.db);
      await ensureRelatedCurrent(opened.db);
      await loadDemoContentOnce(opened.db);
      referenceId = (await opened.db.selectFrom('articles').select('id').where('source', '=', 'asharq').executeTakeFirstOrThrow()).id;
    } finally {
      await opened.close();
    }
  });
  afterAll(() => temporary.remove());

  it('prints {readAlso, related} with {id, externalId, title, url} for the reference article', async () => {
    const result = await runSahifa(['related', String(referenceId), '--json', '--db', databasePath]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as { readAlso: Link[]; related: Link[] };
    expect(Object.keys(json)).toEqual(['readAlso', 'related']);
    expect(json.readAlso).toHaveLength(3);
    expect(json.related).toHaveLength(6);
    for (const link of [...json.readAlso, ...json.related]) expect(Object.keys(link)).toEqual(['id', 'externalId', 'title', 'url']);
  });

  it('prints the lists as text without --json', async () => {
    const result = await runSahifa(['related', String(referenceId), '--db', databasePath]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('بلينكن يصل كازاخستان');
    expect(result.stdout).toMatch(/read also[\s\S]*related/);
  });

  it.each([
    [['related', '99999'], /no published article with id 99999/],
    [['related', 'abc'], /"abc" is not an article id/],
  ])('fails clearly with exit 1 for %j', async (args, message) => {
    const result = await runSahifa([...args, '--db', databasePath]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
  });
});
