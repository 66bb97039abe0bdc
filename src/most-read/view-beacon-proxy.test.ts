import { afterEach, describe, expect, it } from 'vitest';
import { storeArticle } from '../publishing/store-article.ts';
import { buildArticleDraft } from '../test-support/article-factory.ts';
import { createTestApp, type TestApp } from '../test-support/test-app.ts';
import type { SahifaConfig } from '../config/config.ts';

const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0';

describe('view beacon behind a reverse proxy', () => {
  let testApp: TestApp | undefined;
  afterEach(() => testApp?.close());

  /** Three beacons for one article from three forwarded addresses; the views counted. */
  async function viewsFromThreeForwardedReaders(trustProxy: SahifaConfig['trustProxy'], remoteAddress = '127.0.0.1'): Promise<number> {
    testApp = await createTestApp({ trustProxy });
    const { id } = await storeArticle(testApp.opened.db, buildArticleDraft());
    for (const reader of ['198.51.100.1', '198.51.100.2', '198.51.100.3']) {
      const response = await testApp.app.inject({
        method: 'POST',
        url: '/api/v1/views',
        remoteAddress,
        headers: { 'content-type': 'text/plain;charset=UTF-8', 'user-agent': BROWSER, 'x-forwarded-for': reader },
        payload: JSON.stringify({ articleId: id }),
      });
      expect(response.statusCode).toBe(204);
    }
    const row = await testApp.opened.db.selectFrom('article_views').select((eb) => eb.fn.sum<number>('views').as('views')).executeTakeFirstOrThrow();
    return Number(row.views);
  }

  it('ignores X-Forwarded-For unless a proxy is configured: any client could otherwise pass for many readers', async () => {
    expect(await viewsFromThreeForwardedReaders(false)).toBe(1);
  });

  it('tells readers apart by X-Forwarded-For when it comes from a configured proxy', async () => {
    expect(await viewsFromThreeForwardedReaders(['127.0.0.1'])).toBe(3);
    await testApp?.close();
    expect(await viewsFromThreeForwardedReaders(1)).toBe(3);
  });

  it('ignores X-Forwarded-For sent by an address that is not one of the configured proxies', async () => {
    expect(await viewsFromThreeForwardedReaders(['10.0.0.0/8'], '203.0.113.9')).toBe(1);
  });
});
