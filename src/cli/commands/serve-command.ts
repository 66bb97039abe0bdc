/** `sahifa serve`: runs the site and the API; `--demo` loads the demo content into a new database first. */
import type { Command } from 'commander';
import { buildApp } from '../../app/build-app.ts';
import { loadDemoContentOnce } from '../../demo/load-demo-content.ts';
import { loadCliConfig, openCliDatabase } from '../open-cli-database.ts';
import { CliError } from '../cli-error.ts';

interface ServeOptions {
  db?: string;
  port?: string;
  host?: string;
  demo?: boolean;
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
      const config = loadCliConfig({ databasePath: options.db, port: options.port, host: options.host });
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
      const address = app.server.address();
      const port = typeof address === 'object' && address ? address.port : config.port;
      process.stdout.write(`Sahifa is serving http://${config.host}:${port}/ (database ${config.databasePath})\n`);
      const shutdown = async () => {
        await app.close();
        await opened.close();
        process.exit(0);
      };
      process.once('SIGINT', shutdown);
      process.once('SIGTERM', shutdown);
    });
}
