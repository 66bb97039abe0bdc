/** `sahifa serve` with one process: the site, the API and the background jobs all in the command's own. */
import { buildApp } from '../build-app.ts';
import type { SahifaConfig } from '../../config/config.ts';
import type { OpenedDatabase } from '../../db/open-database.ts';
import { startBackgroundJobs } from './background-jobs.ts';
import { describeListenFailure, ServeError, servingLine } from './serve-errors.ts';

export async function serveInProcess(config: SahifaConfig, opened: OpenedDatabase): Promise<void> {
  const app = await buildApp({ db: opened.db, config }, { logger: { level: config.logLevel } });
  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await opened.close();
    throw new ServeError(describeListenFailure(error, config));
  }
  process.stdout.write(servingLine(config, 1));
  const jobs = startBackgroundJobs(opened.db, config.databasePath, app.log);
  const shutdown = async () => {
    await jobs.stop();
    await app.close();
    await opened.close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}
