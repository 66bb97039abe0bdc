/**
 * HTTP speed of the site: requests per second and p50/p99 latency (autocannon, 50 connections, on
 * 127.0.0.1) for an article page (one page, and 1,000 different pages), the home page and a search
 * page, with the page cache and without it (SAHIFA_PAGE_CACHE_MB=0), beside a bare Node `http` server
 * and a bare Fastify route sending the same bytes in the same run. Each server runs in its own process
 * (`sahifa serve`, as in production), the load generator in this one; the server's CPU time per
 * request (all its processes) is printed too, as it depends less than the rate on what else runs on
 * the machine. Sahifa is measured in one process (`--workers 1`, beside the bare servers) and, without
 * the page cache and for the cached article, in as many as `--workers auto` starts (one per core).
 *
 *   npx tsx bench/http.ts [--duration 10] [--database FILE] [--demo] [--baseline DIR]
 *
 * The database holds all of ANT (../shared/data) when it is there, else the demo content. ANT is
 * imported into FILE when given and FILE does not exist yet; an existing FILE is used as it is (its
 * first start may take long: \`sahifa serve\` brings derived data such as entity tags up to date).
 * \`--demo\` measures on the demo content even when ANT is there.
 * \`--baseline DIR\`: another checkout of Sahifa (say main before a change, \`git worktree add DIR main
 * --detach\` with its node_modules) measured without the page cache right after this one, on its own
 * database filled by its own code with the same content (a database may not carry migrations its
 * code does not know), so that a change is compared in one run on one machine's load.
 * Requests ask for Brotli, as browsers do. Servers log at `warn`; the cached article is measured at
 * `info` too (the default, one line per request), to show what request logging costs. Targets: the cached article ≥ 50% of the bare server's
 * rate, the uncached render ≥ 1,000 pages/s, p99 < 50 ms.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { articlePath } from '../src/articles/article-path.ts';
import { loadConfig } from '../src/config/config.ts';
import { openDatabase } from '../src/db/open-database.ts';
import { textOption } from './bench-options.ts';
import { ANT_FILE } from './corpora.ts';
import { CONNECTIONS, cpuMs, freePort, loadDemo, loadPaths, processTree, REQUEST_HEADERS, stopServer } from './http-harness.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const CLI = path.join(ROOT, 'bin/sahifa.js');
const AUTO_WORKERS = loadConfig({}).workers;
const PAGE_COUNT = 1000;


const DURATION = Number(textOption('duration') ?? 10);
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'sahifa-bench-http-'));

async function waitUntilServing(port: number, child: ChildProcess, logFile: string): Promise<void> {
  const deadline = Date.now() + 1_800_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${fs.readFileSync(logFile, 'utf8').slice(-2000)}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/robots.txt`);
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('server did not start within 30 minutes');
}

interface Server {
  name: string;
  port: number;
  child: ChildProcess;
}

/** User plus system CPU time of a server's processes (its cluster workers too), in ms; NaN once it is gone. */
function serverCpuMs(server: Server): number {
  return server.child.pid === undefined ? NaN : cpuMs(processTree(server.child.pid));
}

async function startServer(name: string, args: string[], environment: Record<string, string> = {}, cwd = ROOT): Promise<Server> {
  const port = await freePort();
  const logFile = path.join(scratch, `${name.replace(/\W+/g, '-')}.log`);
  const log = fs.openSync(logFile, 'w');
  const child = spawn(process.execPath, [...args.map((arg) => arg.replace('{port}', String(port)))], {
    cwd,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ...environment },
    stdio: ['ignore', log, log],
  });
  try {
    await waitUntilServing(port, child, logFile);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return { name, port, child };
}

interface Measurement {
  scenario: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  cpuMsPerRequest: number;
}

async function measure(server: Server, scenario: string, paths: string[]): Promise<Measurement> {
  // Warm-up by count, not time, so that a busy machine still runs the JIT's tiers and renders every page once.
  await loadPaths(server.port, paths, { amount: Math.max(5000, paths.length * 3) });
  const cpuBefore = serverCpuMs(server);
  const result = await loadPaths(server.port, paths, { duration: DURATION });
  const cpu = serverCpuMs(server) - cpuBefore;
  const measurement = {
    scenario: `${server.name}: ${scenario}`,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    cpuMsPerRequest: cpu / Math.max(1, result.requests.total),
  };
  const { scenario: name, requestsPerSecond, p50, p99, errors, cpuMsPerRequest } = measurement;
  console.log(
    `${name.padEnd(44)} ${requestsPerSecond.toFixed(0).padStart(7)} req/s  p50 ${String(p50).padStart(3)} ms  p99 ${String(p99).padStart(3)} ms  ` +
      `CPU ${cpuMsPerRequest.toFixed(3)} ms/req${errors ? `  ${errors} errors or non-2xx` : ''}`,
  );
  return measurement;
}

function prepareDatabase(): { file: string; content: string } {
  const given = textOption('database');
  const file = given ? path.resolve(given) : path.join(scratch, 'sahifa.db');
  if (fs.existsSync(file)) return { file, content: `the existing database ${file}` };
  if (fs.existsSync(ANT_FILE) && !process.argv.includes('--demo')) {
    console.log(`importing all of ANT (${ANT_FILE}) into ${file} through \`sahifa import\`…`);
    const started = performance.now();
    const imported = spawnSync(process.execPath, [CLI, 'import', ANT_FILE, '--db', file, '--skip-invalid'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    if (imported.status !== 0) throw new Error(`sahifa import failed with status ${imported.status}`);
    return { file, content: `all of ANT, imported in ${((performance.now() - started) / 1000).toFixed(0)} s` };
  }
  loadDemo(file, ROOT);
  if (!process.argv.includes('--demo')) console.log(`${ANT_FILE} not found (../shared/data beside the repository): measuring on the demo content (300 articles) instead`);
  return { file, content: process.argv.includes('--demo') ? 'the demo content (--demo)' : 'the demo content (ANT absent)' };
}

/** The baseline checkout's own database, with the content this run measures, written by its own code. */
function prepareBaselineDatabase(root: string, content: string): string {
  const file = path.join(scratch, 'baseline.db');
  if (content.startsWith('all of ANT')) {
    const imported = spawnSync(process.execPath, [path.join(root, 'bin/sahifa.js'), 'import', ANT_FILE, '--db', file, '--skip-invalid'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    if (imported.status !== 0) throw new Error(`the baseline's sahifa import failed with status ${imported.status}`);
  } else if (content.startsWith('the demo content')) {
    loadDemo(file, root);
  } else {
    throw new Error('--baseline measures on the demo content or on ANT, not on an existing --database');
  }
  return file;
}

async function samplePaths(file: string): Promise<{ articles: string[]; search: string }> {
  const opened = await openDatabase(file);
  try {
    const rows = await opened.db
      .selectFrom('articles')
      .select(['id', 'slug'])
      .where('status', '=', 'published')
      .orderBy('published_at', 'desc')
      .limit(PAGE_COUNT)
      .execute();
    if (rows.length === 0) throw new Error('the database has no published articles');
    return { articles: rows.map((row) => articlePath(row)), search: `/search?q=${encodeURIComponent('كازاخستان')}` };
  } finally {
    await opened.close();
  }
}

/** The article page exactly as Sahifa sends it (compressed, with its headers), for the bare servers to send. */
async function captureResponse(server: Server, pagePath: string): Promise<string> {
  const response = await new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port: server.port, path: pagePath, headers: REQUEST_HEADERS }, (reply) => {
        const chunks: Buffer[] = [];
        reply.on('data', (chunk: Buffer) => chunks.push(chunk));
        reply.on('end', () => resolve({ headers: reply.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
  const headers = Object.fromEntries(
    Object.entries(response.headers).filter(([name]) => !['date', 'connection', 'keep-alive', 'content-length'].includes(name)),
  );
  const file = path.join(scratch, 'article-response.json');
  fs.writeFileSync(file, JSON.stringify({ headers, bodyBase64: response.body.toString('base64') }));
  console.log(`article page: ${response.body.length} bytes as sent (${response.headers['content-encoding'] ?? 'identity'})`);
  return file;
}

async function main(): Promise<void> {
  const load0 = os.loadavg();
  const database = prepareDatabase();
  // One process (the single-process baseline, and what the bare servers compare with), and as many as `auto` gives.
  const serve = [CLI, 'serve', '--db', database.file, '--port', '{port}', '--workers', '1'];
  const serveWorkers = [CLI, 'serve', '--db', database.file, '--port', '{port}', '--workers', 'auto'];
  const baselineArgument = textOption('baseline');
  const baselineRoot = baselineArgument === undefined ? undefined : path.resolve(baselineArgument);
  const baselineFile = baselineRoot === undefined ? undefined : prepareBaselineDatabase(baselineRoot, database.content);
  const baselineServe = (workers: string) => [path.join(baselineRoot ?? ROOT, 'bin/sahifa.js'), 'serve', '--db', baselineFile ?? '', '--port', '{port}', '--workers', workers];
  const cached = await startServer('sahifa, page cache on', serve, { LOG_LEVEL: 'warn', SAHIFA_PAGE_CACHE_MB: '256' });
  const { articles, search } = await samplePaths(database.file);
  const article = articles[0] as string;
  console.log(`\n${database.content}; ${articles.length} article pages; ${CONNECTIONS} connections, ${DURATION} s each after a warm-up of at least 5,000 requests`);
  console.log(`load average before: ${load0.map((value) => value.toFixed(2)).join(' ')} on ${os.cpus().length} cores; \`--workers auto\` is ${AUTO_WORKERS} processes here\n`);
  const results: Measurement[] = [];
  try {
    const responseFile = await captureResponse(cached, article);
    results.push(await measure(cached, 'article (one page)', [article]));
    results.push(await measure(cached, `article (${articles.length} pages)`, articles));
    results.push(await measure(cached, 'home page', ['/']));
    results.push(await measure(cached, 'search page', [search]));
    await stopServer(cached);
    const logging = await startServer('sahifa, cache on, LOG_LEVEL=info', serve, { LOG_LEVEL: 'info', SAHIFA_PAGE_CACHE_MB: '256' });
    results.push(await measure(logging, 'article (one page)', [article]));
    await stopServer(logging);
    for (const kind of ['node', 'fastify']) {
      const bare = await startServer(`bare ${kind}`, ['--import', 'tsx', 'bench/http-bare-server.ts', kind, '{port}', responseFile]);
      results.push(await measure(bare, 'same bytes as the article', [article]));
      await stopServer(bare);
    }
    const uncachedRuns: [string, string[], string][] = [
      ['sahifa, page cache off', serve, ROOT],
      ...(baselineRoot ? [['baseline, page cache off', baselineServe('1'), baselineRoot] as [string, string[], string]] : []),
      [`sahifa, page cache off, ${AUTO_WORKERS} processes`, serveWorkers, ROOT],
      ...(baselineRoot ? [[`baseline, page cache off, ${AUTO_WORKERS} processes`, baselineServe('auto'), baselineRoot] as [string, string[], string]] : []),
    ];
    for (const [name, args, cwd] of uncachedRuns) {
      const uncached = await startServer(name, args, { LOG_LEVEL: 'warn', SAHIFA_PAGE_CACHE_MB: '0' }, cwd);
      results.push(await measure(uncached, 'article (one page)', [article]));
      results.push(await measure(uncached, `article (${articles.length} pages)`, articles));
      results.push(await measure(uncached, 'home page', ['/']));
      results.push(await measure(uncached, 'search page', [search]));
      await stopServer(uncached);
    }
    const cachedWorkers = await startServer(`sahifa, page cache on, ${AUTO_WORKERS} processes`, serveWorkers, { LOG_LEVEL: 'warn', SAHIFA_PAGE_CACHE_MB: '256' });
    results.push(await measure(cachedWorkers, 'article (one page)', [article]));
    await stopServer(cachedWorkers);
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  const rate = (scenario: string) => results.find((result) => result.scenario === scenario)?.requestsPerSecond ?? NaN;
  const bareNode = rate('bare node: same bytes as the article');
  const cachedShare = rate('sahifa, page cache on: article (one page)') / bareNode;
  const bareFastifyShare = rate('bare fastify: same bytes as the article') / bareNode;
  const uncachedPages = rate(`sahifa, page cache off: article (${articles.length} pages)`);
  const uncachedPagesWorkers = rate(`sahifa, page cache off, ${AUTO_WORKERS} processes: article (${articles.length} pages)`);
  const cpuOf = (scenario: string) => results.find((result) => result.scenario === scenario)?.cpuMsPerRequest ?? NaN;
  const worstP99 = (prefix: string) => Math.max(...results.filter((result) => result.scenario.startsWith(prefix)).map((result) => result.p99));
  console.log(`\ncached article: ${(cachedShare * 100).toFixed(0)}% of the bare node server (target ≥ 50%; bare Fastify: ${(bareFastifyShare * 100).toFixed(0)}%)`);
  console.log(`uncached article render: ${uncachedPages.toFixed(0)} pages/s in one process, ${uncachedPagesWorkers.toFixed(0)} in ${AUTO_WORKERS} (target ≥ 1,000)`);
  if (baselineRoot) {
    for (const page of [`article (${articles.length} pages)`, 'home page', 'search page']) {
      const ours = cpuOf(`sahifa, page cache off: ${page}`);
      const theirs = cpuOf(`baseline, page cache off: ${page}`);
      console.log(`uncached ${page}, one process: ${ours.toFixed(3)} ms CPU a page against ${theirs.toFixed(3)} for the baseline (${((ours / theirs - 1) * 100).toFixed(0)}%)`);
    }
    console.log(`uncached article pages/s in ${AUTO_WORKERS} processes: ${uncachedPagesWorkers.toFixed(0)} against ${rate(`baseline, page cache off, ${AUTO_WORKERS} processes: article (${articles.length} pages)`).toFixed(0)} for the baseline (${baselineRoot})`);
  }
  console.log(`worst p99 of Sahifa: ${worstP99('sahifa, page cache off:')} ms uncached in one process, ${worstP99(`sahifa, page cache off, ${AUTO_WORKERS}`)} ms in ${AUTO_WORKERS}, ${worstP99('sahifa, page cache on')} ms cached (target < 50 ms)`);
  console.log(`load average after: ${os.loadavg().map((value) => value.toFixed(2)).join(' ')}`);
}

await main();
