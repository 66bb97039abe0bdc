import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storeArticle } from '../publishing/store-article.ts';
import { buildArticleDraft } from '../test-support/article-factory.ts';
import { createTestDatabase } from '../test-support/test-database.ts';
import type { OpenedDatabase } from '../db/open-database.ts';
import { getMostReadArticles } from './most-read.ts';
import { addArticleViews } from './article-views.repository.ts';
import { isBotUserAgent } from './bot-user-agents.ts';
import { ViewCounter } from './view-counter.ts';

const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0';

describe('ViewCounter', () => {
  let opened: OpenedDatabase;
  let ids: number[];
  let clock: Date;
  beforeEach(async () => {
    opened = await createTestDatabase();
    ids = [];
    for (let i = 0; i < 5; i += 1) ids.push((await storeArticle(opened.db, buildArticleDraft())).id);
    clock = new Date('2026-11-20T23:50:00Z');
  });
  afterEach(() => opened.close());

  const views = async () => (await opened.db.selectFrom('article_views').selectAll().orderBy('day').orderBy('article_id').execute()).map((row) => `${row.article_id}@${row.day}=${row.views}`);

  it('counts a reader once per article and UTC day, and again the next day', async () => {
    const counter = new ViewCounter(opened.db, { now: () => clock });
    const view = { articleId: ids[0] ?? 0, ip: '203.0.113.5', userAgent: FIREFOX };
    expect(await counter.record(view)).toBe('counted');
    expect(await counter.record(view)).toBe('repeat');
    expect(await counter.record({ ...view, ip: '203.0.113.6' })).toBe('counted');
    clock = new Date('2026-11-21T00:05:00Z');
    expect(await counter.record(view)).toBe('counted');
    expect(await views()).toEqual([`${ids[0]}@2026-11-20=2`, `${ids[0]}@2026-11-21=1`]);
  });

  it('deletes daily counts older than it keeps, once a day', async () => {
    const counter = new ViewCounter(opened.db, { now: () => clock, keepDays: 30 });
    await addArticleViews(opened.db, ids[1] ?? 0, '2026-09-01', 7);
    await addArticleViews(opened.db, ids[1] ?? 0, '2026-11-01', 3);
    await counter.record({ articleId: ids[0] ?? 0, ip: '203.0.113.5', userAgent: FIREFOX });
    expect(await views()).toEqual([`${ids[1]}@2026-11-01=3`, `${ids[0]}@2026-11-20=1`]);
  });

  it('caps the views one client adds in a window, then lets it count again', async () => {
    const counter = new ViewCounter(opened.db, { now: () => clock, maxViewsPerWindow: 3, windowMs: 60_000 });
    const outcomes = [];
    for (const articleId of ids) outcomes.push(await counter.record({ articleId, ip: '198.51.100.7', userAgent: FIREFOX }));
    expect(outcomes).toEqual(['counted', 'counted', 'counted', 'rate-limited', 'rate-limited']);
    clock = new Date(clock.getTime() + 61_000);
    expect(await counter.record({ articleId: ids[4] ?? 0, ip: '198.51.100.7', userAgent: FIREFOX })).toBe('counted');
    expect(await counter.record({ articleId: ids[4] ?? 0, ip: '198.51.100.8', userAgent: FIREFOX })).toBe('counted');
  });

  it('forgets the oldest hashes rather than grow without bound', async () => {
    const counter = new ViewCounter(opened.db, { now: () => clock, maxRemembered: 2, maxViewsPerWindow: 1000 });
    const view = (ip: string) => ({ articleId: ids[0] ?? 0, ip, userAgent: FIREFOX });
    await counter.record(view('1.1.1.1'));
    await counter.record(view('1.1.1.2'));
    await counter.record(view('1.1.1.3'));
    expect(await counter.record(view('1.1.1.3'))).toBe('repeat');
    expect(await counter.record(view('1.1.1.1'))).toBe('counted');
  });

  it('ranks the most read of the last seven days, newer first on a tie, published only', async () => {
    const counter = new ViewCounter(opened.db, { now: () => clock });
    const read = async (articleId: number, readers: number) => {
      for (let r = 0; r < readers; r += 1) await counter.record({ articleId, ip: `192.0.2.${r}`, userAgent: FIREFOX });
    };
    const [a = 0, b = 0, c = 0, d = 0] = ids;
    clock = new Date('2026-11-13T12:00:00Z');
    await read(a, 9); // eight days before the 21st: outside the window
    clock = new Date('2026-11-15T12:00:00Z');
    await read(b, 2);
    clock = new Date('2026-11-21T12:00:00Z');
    await read(c, 3);
    await read(d, 2);
    await opened.db.updateTable('articles').set({ status: 'draft' }).where('id', '=', d).execute();
    const mostRead = await getMostReadArticles(opened.db, new Date('2026-11-21T18:00:00Z'));
    expect(mostRead.map((article) => article.id)).toEqual([c, b]);
  });
});

describe('isBotUserAgent', () => {
  it.each([
    ['Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)', true],
    ['Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)', true],
    ['facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)', true],
    ['WhatsApp/2.23.20.0', true],
    ['TelegramBot (like TwitterBot)', true],
    ['Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/126.0 Safari/537.36', true],
    ['python-requests/2.32.3', true],
    ['curl/8.5.0', true],
    ['', true],
    [FIREFOX, false],
    ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1', false],
    ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0', false],
    ['Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36', false],
  ])('%s → bot: %s', (userAgent, bot) => {
    expect(isBotUserAgent(userAgent)).toBe(bot);
  });
});
