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

/** `environment` adds configuration variables, such as SAHIFA_IMAGES_DIR. */
export async function createTestApp(environment: Record<string, string> = {}): Promise<TestApp> {
  const opened = await createTestDatabase();
  const config = loadConfig({ SAHIFA_DB: ':memory:', SAHIFA_BASE_URL: 'https://sahifa.test', ...environment });
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
