/** A Sahifa app on a fresh in-memory database, for `app.inject()` tests. */
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app/build-app.ts';
import { loadConfig } from '../config/config.ts';
import type { OpenedDatabase } from '../db/open-database.ts';
import { createTestDatabase } from './test-database.ts';

export interface TestApp {
  app: FastifyInstance;
  opened: OpenedDatabase;
  close(): Promise<void>;
}

export async function createTestApp(): Promise<TestApp> {
  const opened = await createTestDatabase();
  const config = loadConfig({ SAHIFA_DB: ':memory:', SAHIFA_BASE_URL: 'https://sahifa.test' });
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
