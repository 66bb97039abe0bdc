/** `sahifa serve`: runs the site and the API; `--demo` loads the demo content into a new database first. */
import net from 'node:net';
import type { Command } from 'commander';
import { buildApp } from '../../app/build-app.ts';
import { startBackgroundTraining } from '../../categories/train-in-background.ts';
import { loadDemoContentOnce } from '../../demo/load-demo-content.ts';
import { loadCliConfig, openCliDatabase } from '../open-cli-database.ts';
import { CliError } from '../cli-error.ts';

interface ServeOptions {
  db?: string;
  port?: string;
  host?: string;
  demo?: boolean;
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
    .option('--demo', 'load the demo content on first start (what `npm start` does)')
    .action(async (options: ServeOptions) => {
      let config = loadCliConfig({ databasePath: options.db, port: options.port, host: options.host });
      // Port 0 means "any free port": pick it now, so that the canonical URLs name the real one.
      if (config.port === 0) config = loadCliConfig({ databasePath: options.db, port: String(await findFreePort(config.host)), host: options.host });
      const opened = await openCliDatabase(config);
      if (options.demo) {
        const demo = await loadDemoContentOnce(opened.db);
        if (demo.loaded) process.stderr.write(`loaded ${demo.articles} demo articles into ${config.databasePath}\n`);
      }
      const app = await buildApp({ db: opened.db, config }, { logger: { level: config.logLevel } });
      try {
        await app.listen({ port: config.port, host: config.host });
      } catch (error) {
        await opened.close();
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EADDRINUSE') throw new CliError(`port ${config.port} on ${config.host} is already in use (set PORT or --port)`);
        throw new CliError(`cannot listen on ${config.host}:${config.port}: ${(error as Error).message}`);
      }
      const listening = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${config.port}`;
      const publicUrl = config.baseUrl === listening ? '' : `, public URL ${config.baseUrl}/`;
      process.stdout.write(`Sahifa is serving ${listening}/ (database ${config.databasePath}${publicUrl})\n`);
      // The classifier trains in a worker when its articles changed: pages are served meanwhile.
      const training = startBackgroundTraining(opened.db, config.databasePath, { info: (message) => app.log.info(message), error: (message) => app.log.error(message) });
      const shutdown = async () => {
        await training.stop();
        await app.close();
        await opened.close();
        process.exit(0);
      };
      process.once('SIGINT', shutdown);
      process.once('SIGTERM', shutdown);
    });
}
