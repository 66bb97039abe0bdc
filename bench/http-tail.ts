/**
 * Where the slow uncached requests come from: for each page type (article over many pages, one
 * article, home, search, category, tag), autocannon with 50 connections on 127.0.0.1 against
 * `sahifa serve` with the page cache off, printing rate, p50/p90/p99/max latency and CPU time per
 * request beside what the server processes saw during the same run (`http-tail-probe.ts`): their
 * garbage collections (scavenges and mark-compacts: count, total and longest pause), the event loop's
 * delay, and how many connections and requests each process took (how the cluster spread the load).
 *
 *   npx tsx bench/http-tail.ts [--duration 10] [--workers 1,auto] [--demo]
 *       [--variant 'name=node flags' …] [--baseline DIR] [--trace]
 *
 * Each `--variant` starts the same server with other Node flags (say `semi64=--max-semi-space-size=64`)
 * and is measured in the same run, page type by page type, beside the default (`sahifa serve` as it
 * is) and, with `--baseline DIR`, beside another checkout of Sahifa on its own copy of the content.
 * On the demo content unless `--database FILE` names another. `--trace` follows every request and
 * prints which were the slowest 1% (`http-tail-trace.ts`: first requests of new connections, when in
 * the run, the wait before the server started them, their URLs).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { articlePath } from '../src/articles/article-path.ts';
import { openDatabase } from '../src/db/open-database.ts';
import { tagPath } from '../src/tags/tag-path.ts';
import { textOption } from './bench-options.ts';
import { CONNECTIONS, cpuMs, freePort, loadDemo, loadPaths, processTree, stopServer } from './http-harness.ts';
import type { ProbeReport } from './http-tail-probe.ts';
import { describeTail, type ClientResponse } from './http-tail-trace.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const PROBE = path.join(ROOT, 'bench/http-tail-probe.ts');
const DURATION = Number(textOption('duration') ?? 10);
const TRACE = process.argv.includes('--trace');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'sahifa-bench-tail-'));

function repeatedOption(name: string): string[] {
  return process.argv.flatMap((argument, index) => (argument === `--${name}` && process.argv[index + 1] !== undefined ? [process.argv[index + 1] as string] : []));
}

interface Server {
  port: number;
  child: ChildProcess;
  probeDirectory: string;
}

async function startServer(root: string, database: string, workers: string, nodeFlags: string[]): Promise<Server> {
  const port = await freePort();
  const probeDirectory = fs.mkdtempSync(path.join(scratch, 'probe-'));
  const logFile = path.join(probeDirectory, 'server.log');
  const log = fs.openSync(logFile, 'w');
  const args = [...nodeFlags, '--import', 'tsx', '--import', PROBE, path.join(root, 'bin/sahifa.js'), 'serve', '--db', database, '--port', String(port), '--workers', workers];
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, HOST: '127.0.0.1', LOG_LEVEL: 'warn', SAHIFA_PAGE_CACHE_MB: '0', SAHIFA_TAIL_PROBE_DIR: probeDirectory, ...(TRACE ? { SAHIFA_TAIL_TRACE: '1' } : {}) },
    stdio: ['ignore', log, log],
  });
  const deadline = Date.now() + 600_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${fs.readFileSync(logFile, 'utf8').slice(-2000)}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/robots.txt`)).status < 500) return { port, child, probeDirectory };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill('SIGKILL');
  throw new Error('server did not start within 10 minutes');
}

/** Asks every process of the server for its probe's figures since the last ask (and resets them). */
async function probe(server: Server, pids: number[]): Promise<ProbeReport[]> {
  for (const file of fs.readdirSync(server.probeDirectory)) if (file.endsWith('.json')) fs.rmSync(path.join(server.probeDirectory, file));
  for (const pid of pids) process.kill(pid, 'SIGUSR2');
  const deadline = Date.now() + 5_000;
  while (Date.now() < deadline && fs.readdirSync(server.probeDirectory).filter((file) => file.endsWith('.json')).length < pids.length) await new Promise((resolve) => setTimeout(resolve, 50));
  return fs
    .readdirSync(server.probeDirectory)
    .filter((file) => file.endsWith('.json'))
    .map((file) => JSON.parse(fs.readFileSync(path.join(server.probeDirectory, file), 'utf8')) as ProbeReport);
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
const gcLine = (pauses: number[]) => `${String(pauses.length).padStart(4)}× ${sum(pauses).toFixed(0).padStart(4)} ms (max ${Math.max(0, ...pauses).toFixed(1)})`;

async function measure(name: string, server: Server, paths: string[]): Promise<void> {
  const pids = processTree(server.child.pid as number);
  await loadPaths(server.port, paths, { amount: Math.max(3000, paths.length * 3) });
  await probe(server, pids);
  const cpuBefore = cpuMs(pids);
  const responses: ClientResponse[] = [];
  const result = await loadPaths(server.port, paths, { duration: DURATION }, TRACE ? (clientPort, latency) => responses.push([performance.timeOrigin + performance.now(), latency, clientPort]) : undefined);
  const cpu = (cpuMs(pids) - cpuBefore) / Math.max(1, result.requests.total);
  const reports = (await probe(server, pids)).filter((report) => report.requests > 0);
  const errors = result.errors + result.timeouts + result.non2xx;
  const { p50, p90, p99, max } = result.latency;
  const loop = reports.map((report) => `${report.eventLoopDelayMs.p99.toFixed(0)}/${report.eventLoopDelayMs.max.toFixed(0)}`).join(' ');
  console.log(
    `${name.padEnd(40)} ${result.requests.average.toFixed(0).padStart(5)}/s  p50 ${String(p50).padStart(3)}  p90 ${String(p90).padStart(3)}  p99 ${String(p99).padStart(4)}  max ${String(max).padStart(4)} ms  ` +
      `CPU ${cpu.toFixed(3)} ms/req  scavenges ${gcLine(reports.flatMap((report) => report.scavenges))}  mark-compacts ${gcLine(reports.flatMap((report) => report.markCompacts))}  ` +
      `loop delay p99/max ${loop} ms  connections/requests by process ${reports.map((report) => `${report.connections}/${report.requests}`).join(' ')}${errors ? `  ${errors} errors or non-2xx` : ''}`,
  );
  if (TRACE) for (const line of describeTail(responses, reports)) console.log(line);
}

async function pagePaths(file: string): Promise<[string, string[]][]> {
  const opened = await openDatabase(file);
  try {
    const articles = await opened.db.selectFrom('articles').select(['id', 'slug']).where('status', '=', 'published').orderBy('published_at', 'desc').limit(1000).execute();
    const category = await opened.db.selectFrom('categories').select('slug').orderBy('id').executeTakeFirstOrThrow();
    const tag = await opened.db
      .selectFrom('article_entities')
      .innerJoin('entities', 'entities.id', 'article_entities.entity_id')
      .select('entities.slug')
      .groupBy('entities.id')
      .orderBy((eb) => eb.fn.countAll(), 'desc')
      .executeTakeFirstOrThrow();
    return [
      [`article (${articles.length} pages)`, articles.map((row) => articlePath(row))],
      ['article (one page)', [articlePath(articles[0] as { id: number; slug: string })]],
      ['home page', ['/']],
      ['search page', [`/search?q=${encodeURIComponent('كازاخستان')}`]],
      ['category page', [`/categories/${encodeURIComponent(category.slug)}`]],
      ['tag page', [tagPath(tag.slug)]],
    ];
  } finally {
    await opened.close();
  }
}

async function main(): Promise<void> {
  const database = textOption('database') === undefined ? path.join(scratch, 'sahifa.db') : path.resolve(textOption('database') as string);
  if (!fs.existsSync(database)) loadDemo(database, ROOT);
  const baselineRoot = textOption('baseline') === undefined ? undefined : path.resolve(textOption('baseline') as string);
  const baselineDatabase = path.join(scratch, 'baseline.db');
  if (baselineRoot !== undefined) loadDemo(baselineDatabase, baselineRoot);
  const variants: { name: string; root: string; database: string; flags: string[] }[] = [
    { name: 'sahifa', root: ROOT, database, flags: [] },
    ...repeatedOption('variant').map((variant) => {
      const [name = '', flags = ''] = variant.split(/=(.*)/s);
      return { name, root: ROOT, database, flags: flags.split(/\s+/).filter(Boolean) };
    }),
    ...(baselineRoot === undefined ? [] : [{ name: 'baseline', root: baselineRoot, database: baselineDatabase, flags: [] }]),
  ];
  const pages = await pagePaths(database);
  console.log(`${CONNECTIONS} connections, ${DURATION} s a page type after a warm-up; load average ${os.loadavg().map((value) => value.toFixed(2)).join(' ')} on ${os.cpus().length} cores`);
  console.log('latency in ms; GC: count, total and longest pause in all server processes; loop delay p99/max per process\n');
  try {
    for (const workers of (textOption('workers') ?? '1,auto').split(',')) {
      const servers = [];
      for (const variant of variants) servers.push({ variant, server: await startServer(variant.root, variant.database, workers, variant.flags) });
      try {
        for (const [page, paths] of pages) {
          for (const { variant, server } of servers) await measure(`${variant.name}, --workers ${workers}: ${page}`, server, paths);
        }
      } finally {
        for (const { server } of servers) await stopServer(server);
      }
      console.log(`load average ${os.loadavg().map((value) => value.toFixed(2)).join(' ')}\n`);
    }
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

await main();
