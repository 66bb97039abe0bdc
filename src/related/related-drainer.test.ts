import { afterEach, beforeEach, expect, it } from 'vitest';
import { insertArticlesSkippingKnownExternalIds } from '../articles/article.repository.ts';
import { toNewArticleRow } from '../articles/article-mapper.ts';
import type { OpenedDatabase } from '../db/open-database.ts';
import { CENTRAL_BANK_OTHER_STORY, CENTRAL_BANK_STORY, FOOTBALL_EDITED, FOOTBALL_STORY } from '../duplicates/test-stories.ts';
import { afterArticlesWritten } from '../publishing/after-articles-written.ts';
import { readContentVersion } from '../publishing/content-version.ts';
import { buildArticleDraft } from '../test-support/article-factory.ts';
import { createTestDatabase } from '../test-support/test-database.ts';
import { countQueuedRelated, startRelatedDrainer } from './index.ts';

let opened: OpenedDatabase;
beforeEach(async () => {
  opened = await createTestDatabase();
});
afterEach(() => opened.close());

it('computes the lists a bulk write queued in the background, marks the content changed, and stops when asked; copies never list each other', async () => {
  const { db } = opened;
  const stories = [CENTRAL_BANK_STORY, CENTRAL_BANK_OTHER_STORY, FOOTBALL_STORY, FOOTBALL_EDITED, `${CENTRAL_BANK_STORY}\nوتابع البنك.`, `${FOOTBALL_STORY}\nواحتفل الجمهور.`];
  // Two stories (central bank ×2, football ×3 — one edited) and another central bank story.
  const rows = stories.map((body, index) => toNewArticleRow(buildArticleDraft({ title: `خبر ${index}`, sections: [{ heading: null, paragraphs: body.split('\n') }] }), new Date()));
  const ids = await db.transaction().execute(async (trx) => {
    const inserted = await insertArticlesSkippingKnownExternalIds(trx, rows);
    await afterArticlesWritten(trx, inserted);
    return inserted;
  });
  expect(await countQueuedRelated(db)).toBe(6);
  const version = await readContentVersion(db);

  const drainer = startRelatedDrainer(db, { idleMs: 10, pauseMs: 1 });
  for (let waited = 0; waited < 200 && (await countQueuedRelated(db)) > 0; waited += 1) await new Promise((resolve) => setTimeout(resolve, 25));
  await drainer.stop();
  expect(await countQueuedRelated(db)).toBe(0);
  // Three chunks of two, one bump of the content version (when the queue ran dry), not one per chunk.
  expect(await readContentVersion(db)).toBe(version + 1);
  const entries = await db.selectFrom('article_related').select(['article_id', 'related_id']).execute();
  const listed = (articleIndex: number) => entries.filter((entry) => entry.article_id === ids[articleIndex]).map((entry) => ids.indexOf(entry.related_id));
  // The central bank story and its copy each list the other central bank story, never each other;
  // the football copies share nothing with any other story, so their lists stay empty.
  expect(listed(0)).toEqual([1]);
  expect(listed(4)).toEqual([1]);
  expect(listed(1).sort()).toEqual([0]);
  for (const copy of [2, 3, 5]) expect(listed(copy)).toEqual([]);
});
