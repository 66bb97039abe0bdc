import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listPublishedSources } from '../articles/article.repository.ts';
import type { OpenedDatabase } from '../db/open-database.ts';
import { buildArticleDraft } from '../test-support/article-factory.ts';
import { createTestDatabase } from '../test-support/test-database.ts';
import { byContentVersion } from './by-content-version.ts';
import { storeArticle } from './store-article.ts';

describe('byContentVersion', () => {
  let first: OpenedDatabase;
  let second: OpenedDatabase;
  let computed = 0;
  const sources = byContentVersion(async (db) => {
    computed += 1;
    return listPublishedSources(db);
  });

  beforeAll(async () => {
    first = await createTestDatabase();
    second = await createTestDatabase();
    await storeArticle(first.db, buildArticleDraft({ source: 'reuters' }));
  });
  afterAll(async () => {
    await first.close();
    await second.close();
  });

  it('computes once per content version and database, and again after an article write', async () => {
    expect(await sources(first.db)).toEqual(['reuters']);
    expect(await sources(first.db)).toEqual(['reuters']);
    expect(computed).toBe(1);
    expect(await sources(second.db)).toEqual([]);
    expect(computed).toBe(2);
    await storeArticle(first.db, buildArticleDraft({ source: 'afp' }));
    await storeArticle(first.db, buildArticleDraft({ source: 'afp' }));
    expect(await sources(first.db)).toEqual(['afp', 'reuters']);
    expect(computed).toBe(3);
  });

  it('does not remember a failure', async () => {
    let fail = true;
    const flaky = byContentVersion(async () => {
      if (fail) throw new Error('database busy');
      return 'ok';
    });
    await expect(flaky(first.db)).rejects.toThrow('database busy');
    fail = false;
    expect(await flaky(first.db)).toBe('ok');
  });
});
