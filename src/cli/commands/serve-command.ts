/** `sahifa serve`: runs the site and the API; `--demo` loads the demo content into a new database first. */
import net from 'node:net';
import type { Command } from 'commander';
import { loadDemoContentOnce } from '../../demo/load-demo-content.ts';
import { serveInProcess } from '../../app/serve/serve-in-process.ts';
import { isServeWorker, serveAsWorker, serveWithWorkers } from '../../app/serve/serve-with-workers.ts';
import { ServeError } from '../../app/serve/serve-errors.ts';
import { loadCliConfig, openCliDatabase } from '../open-cli-database.ts';
import { CliError } from '../cli-error.ts';

interface ServeOptions {
  db?: string;
  port?: string;
  host?: string;
  demo?: boolean;
  workers?: string;
}

function findFreePort(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, host, () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))));
    });
  });
}

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('serve the news site and the API')
    .option('--db <path>', 'database file (overrides SAHIFA_DB)')
    .option('--port <port>', 'port to listen on (overrides PORT; 0 picks a free one)')
    .option('--host <host>', 'address to listen on (overrides HOST)')
    .option('--workers <count>', 'server processes: "auto" (one per core, at most 4) or a number (overrides SAHIFA_WORKERS)')
    .option('--demo', 'load the demo content on first start (what `npm start` does)')
    .action(async (options: ServeOptions) => {
      const overrides = { databasePath: options.db, port: options.port, host: options.host, workers: options.workers };
      // A worker process of `serve --workers`: the primary prepared the database and resolved the port.
      if (isServeWorker()) return serveAsWorker(loadCliConfig(overrides));
      let config = loadCliConfig(overrides);
      // Port 0 means "any free port": pick it now, so that the canonical URLs name the real one.
      if (config.port === 0) config = loadCliConfig({ ...overrides, port: String(await findFreePort(config.host)) });
      const opened = await openCliDatabase(config);
      if (options.demo) {
        const demo = await loadDemoContentOnce(opened.db);
        if (demo.loaded) process.stderr.write(`loaded ${demo.articles} demo articles into ${config.databasePath}\n`);
      }
      try {
        await (config.workers > 1 ? serveWithWorkers(config, opened) : serveInProcess(config, opened));
      } catch (error) {
        if (error instanceof ServeError) throw new CliError(error.message);
        throw error;
      }
    });
}
