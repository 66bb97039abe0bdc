import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveCategoryId } from '../articles/resolve-category.ts';
import { openDatabase } from '../db/open-database.ts';
import { storeArticle } from '../publishing/store-article.ts';
import { buildArticleDraft } from '../test-support/article-factory.ts';
import { createTemporaryDirectory } from '../test-support/test-database.ts';
import { readStoredModelInfo } from './categories.repository.ts';
import { buildLabeledCorpus } from './test-corpus.ts';
import { startBackgroundTraining } from './train-in-background.ts';

const temporary = createTemporaryDirectory('sahifa-training-');
afterAll(() => temporary.remove());

describe('startBackgroundTraining', () => {
  it('trains a stale model in a worker thread on its own connection, while the main thread stays free', async () => {
    const opened = await openDatabase(path.join(temporary.directory, 'site.db'));
    const messages: string[] = [];
    try {
      for (const article of buildLabeledCorpus(8)) {
        const categoryId = await resolveCategoryId(opened.db, article.category);
        await storeArticle(opened.db, buildArticleDraft({ title: article.title, categoryId, sections: [{ heading: null, paragraphs: article.body.split('\n') }] }));
      }
      const training = startBackgroundTraining(opened.db, path.join(temporary.directory, 'site.db'), { info: (message) => messages.push(message), error: (message) => messages.push(`error: ${message}`) });
      // The main thread answers while the worker trains: a timer fires before the training is done.
      let ticks = 0;
      const ticker = setInterval(() => (ticks += 1), 5);
      const result = await training.check();
      clearInterval(ticker);
      await training.stop();
      expect(result).toMatchObject({ status: 'trained', articles: 24, categories: 3 });
      expect(ticks).toBeGreaterThan(0);
      expect(messages).toEqual([expect.stringMatching(/^category model trained on 24 articles in 3 sections/)]);
      expect(await readStoredModelInfo(opened.db)).toMatchObject({ articles: 24 });
      // Current now: the next check trains nothing.
      const again = startBackgroundTraining(opened.db, path.join(temporary.directory, 'site.db'), { info: () => {}, error: () => {} });
      expect(await again.check()).toBeUndefined();
      await again.stop();
    } finally {
      await opened.close();
    }
  });
});
