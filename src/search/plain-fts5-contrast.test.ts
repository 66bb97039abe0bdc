/**
 * What plain FTS5 (`unicode61`, no analysis) cannot find and Sahifa's search does: each case is run
 * on both, on the same text, so the test shows why the analyzer exists.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertArticle } from '../articles/article.repository.ts';
import { toNewArticleRow } from '../articles/article-mapper.ts';
import type { OpenedDatabase } from '../db/open-database.ts';
import { buildArticleDraft } from '../test-support/article-factory.ts';
import { createTestDatabase } from '../test-support/test-database.ts';
import { sqliteSearchIndex } from './sqlite-search-index.ts';
import { syncSearchIndex } from './sync-search-index.ts';

describe('cases plain FTS5 cannot find', () => {
  let opened: OpenedDatabase;
  beforeEach(async () => {
    opened = await createTestDatabase();
    opened.sqlite.exec(`CREATE VIRTUAL TABLE plain USING fts5(body, tokenize = 'unicode61')`);
  });
  afterEach(async () => {
    await opened.close();
  });

  it.each([
    ['harakat split a word for unicode61', 'العقوبات', 'فرضت واشنطن العُقُوبَات'],
    ['tatweel stays inside the word', 'العقوبات', 'فرضت واشنطن الـعـقـوبـات'],
    ['hamza on alef is not folded', 'اوكرانيا', 'الحرب في أوكرانيا'],
    ['a preposition written onto the word', 'كازاخستان', 'وصل بلينكن بكازاخستان'],
    ['the article and the plural', 'عقوبة', 'رفعت أوروبا العقوبات'],
    ['alef maksura typed as yeh', 'مصطفي', 'قال مصطفى'],
    ['Eastern Arabic digits', '2023', 'في فبراير ٢٠٢٣'],
    ['presentation forms', 'بلينكن', 'وصل ﺑﻠﻴﻨﻜﻦ'],
  ])('%s: %s in "%s"', async (_name, query, text) => {
    opened.sqlite.prepare('INSERT INTO plain (body) VALUES (?)').run(text);
    const plainHits = opened.sqlite.prepare('SELECT count(*) FROM plain WHERE plain MATCH ?').pluck().get(`"${query}"`);
    expect(plainHits).toBe(0);

    const id = await insertArticle(opened.db, toNewArticleRow(buildArticleDraft({ title: 'خبر', sections: [{ heading: null, paragraphs: [text] }] }), new Date()));
    await syncSearchIndex(opened.db, [id]);
    const result = await sqliteSearchIndex.search(opened.db, { text: query, limit: 10, offset: 0 });
    expect(result.hits.map((hit) => hit.id)).toEqual([id]);
  });
});
