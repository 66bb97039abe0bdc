/** A Sahifa app on a fresh in-memory database, for `app.inject()` tests. */
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app/build-app.ts';
import { loadConfig, type SahifaConfig } from '../config/config.ts';
import type { OpenedDatabase } from '../db/open-database.ts';
import { createTestDatabase } from './test-database.ts';

export interface TestApp {
  app: FastifyInstance;
  opened: OpenedDatabase;
  close(): Promise<void>;
}

/** `overrides` change the configuration (say, the page cache's size) and `opened` shares a database between apps. */
export async function createTestApp(overrides: Partial<SahifaConfig> = {}, database?: OpenedDatabase): Promise<TestApp> {
  const opened = database ?? (await createTestDatabase());
  const config = { ...loadConfig({ SAHIFA_DB: ':memory:', SAHIFA_BASE_URL: 'https://sahifa.test' }), ...overrides };
  const app = await buildApp({ db: opened.db, config });
  return {
    app,
    opened,
    close: async () => {
      await app.close();
      await opened.close();
    },
  };
}
