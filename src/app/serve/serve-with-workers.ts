/**
 * `sahifa serve` with several processes (node:cluster): the site is stateless over its database, so N
 * worker processes answer requests on one port (the primary hands connections round-robin) and all read
 * the one SQLite file (WAL: readers run side by side; writers wait their turn with the busy timeout).
 *
 * The primary opens the database first (migrations and the "ensure current" steps run once, before any
 * worker starts), then keeps what must exist once per site: the background jobs and the view counter,
 * which the workers' beacons feed (`forwarded-views.ts`). Page caches are per process and stay right
 * across processes because they key on the content version every article write bumps in the database.
 * A worker that dies is replaced; SIGTERM or SIGINT stops the workers, then the primary.
 */
import cluster, { type Worker } from 'node:cluster';
import { fileURLToPath } from 'node:url';
import { buildApp } from '../build-app.ts';
import { createServerLogger } from '../access-log.ts';
import type { SahifaConfig } from '../../config/config.ts';
import { openDatabase, type OpenedDatabase } from '../../db/open-database.ts';
import { ViewCounter } from '../../most-read/view-counter.ts';
import { startBackgroundJobs } from './background-jobs.ts';
import { countForwardedViews, forwardViewsToPrimary } from './forwarded-views.ts';
import { describeListenFailure, ServeError, servingLine } from './serve-errors.ts';

const SAHIFA_BIN = fileURLToPath(new URL('../../../bin/sahifa.js', import.meta.url));
const LISTEN_FAILED = 'sahifa:listen-failed';
/** A worker that dies is started again after this pause, so that one failing at once does not spin. */
const RESTART_DELAY_MS = 1_000;
/** How long stopping workers may take before they are killed. */
const STOP_TIMEOUT_MS = 10_000;

/**
 * V8's young generation for the workers, in MB a semi-space (Node 20's default grows to 16). Rendering
 * a page allocates a few hundred KB that die with the response; with 16 MB a worker under load
 * scavenged every 30–50 pages and promoted the pages still in flight at each scavenge to the old
 * generation, whose mark-compacts (10–25 ms) stopped all the process's connections at once. At 64 the
 * scavenges come about six times less often and the promoted garbage with them (`bench/http-tail.ts`
 * counts both). It costs up to 3 × 64 MB of address space a worker, most of it touched only under load.
 * A size given to Node (`node --max-semi-space-size=N bin/sahifa.js serve`) is kept.
 */
const SEMI_SPACE_MB = 64;

/** The Node flags of the workers: the primary's, and the young generation's size unless the primary's name one. */
export function workerExecArgv(primaryExecArgv: readonly string[]): string[] {
  if (primaryExecArgv.some((flag) => /^--max[-_]semi[-_]space[-_]size\b/.test(flag))) return [...primaryExecArgv];
  return [...primaryExecArgv, `--max-semi-space-size=${SEMI_SPACE_MB}`];
}

export function isServeWorker(): boolean {
  return cluster.isWorker;
}

/** In the primary: starts `config.workers` workers and resolves once all listen (or rejects with why one could not). */
export async function serveWithWorkers(config: SahifaConfig, opened: OpenedDatabase): Promise<void> {
  const log = createServerLogger(config.logLevel);
  // Workers run the command line again with the port resolved (`--port 0` picked one already).
  cluster.setupPrimary({ exec: SAHIFA_BIN, execArgv: workerExecArgv(process.execArgv), args: ['serve', '--db', config.databasePath, '--host', config.host, '--port', String(config.port)] });
  const counter = new ViewCounter(opened.db);
  const fork = (): Worker => {
    const worker = cluster.fork();
    countForwardedViews(worker, counter, (error) => log.error({ err: error }, 'views: a forwarded view was not counted'));
    return worker;
  };
  const stopWorkers = async () => {
    const workers = Object.values(cluster.workers ?? {}).filter((worker): worker is Worker => worker !== undefined && !worker.isDead());
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve) => {
            const timer = setTimeout(() => worker.process.kill('SIGKILL'), STOP_TIMEOUT_MS);
            worker.once('exit', () => (clearTimeout(timer), resolve()));
            worker.process.kill('SIGTERM');
          }),
      ),
    );
  };

  try {
    await new Promise<void>((resolve, reject) => {
      let listening = 0;
      for (let index = 0; index < config.workers; index += 1) {
        const worker = fork();
        const onExit = (code: number | null, signal: string | null) => reject(new ServeError(`a server process stopped while starting (${signal ?? `exit code ${code}`})`));
        worker.on('message', (message: { type?: unknown; message?: unknown }) => {
          if (message?.type === LISTEN_FAILED) reject(new ServeError(String(message.message)));
        });
        worker.once('exit', onExit);
        worker.once('listening', () => {
          worker.off('exit', onExit);
          listening += 1;
          if (listening === config.workers) resolve();
        });
      }
    });
  } catch (error) {
    await stopWorkers();
    await opened.close();
    throw error;
  }
  process.stdout.write(servingLine(config, config.workers));

  const jobs = startBackgroundJobs(opened.db, config.databasePath, log);
  let stopping = false;
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    log.error(`server process ${worker.process.pid} stopped (${signal ?? `exit code ${code}`}); starting another`);
    setTimeout(() => stopping || fork(), RESTART_DELAY_MS).unref();
  });
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    await stopWorkers();
    await jobs.stop();
    await opened.close();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

/** In a worker: serves the site on the primary's port until told to stop (or the primary is gone). */
export async function serveAsWorker(config: SahifaConfig): Promise<void> {
  const opened = await openDatabase(config.databasePath);
  const send = (message: object) =>
    new Promise<void>((resolve) => {
      if (!process.connected || !process.send) return resolve();
      process.send(message, undefined, {}, () => resolve());
    });
  const app = await buildApp({ db: opened.db, config }, { logger: { level: config.logLevel }, views: forwardViewsToPrimary((message) => void send(message)) });
  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await send({ type: LISTEN_FAILED, message: describeListenFailure(error, config) });
    await opened.close();
    process.exit(1);
  }
  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    await app.close();
    await opened.close();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  process.on('disconnect', shutdown);
}
