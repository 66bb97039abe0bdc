/**
 * What the HTTP benchmarks (bench/http.ts, bench/http-tail.ts) share: a free port, the load autocannon
 * puts on a server (50 connections, as issue 6 measures), a server's processes and their CPU time from
 * Linux `/proc`, stopping a server, and a database with the demo content loaded by a given checkout.
 */
import { spawnSync, type ChildProcess } from 'node:child_process';
import type { EventEmitter } from 'node:events';
import fs from 'node:fs';
import net from 'node:net';
import autocannon from 'autocannon';

export const CONNECTIONS = 50;
export const REQUEST_HEADERS = { 'accept-encoding': 'gzip, deflate, br', 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) sahifa-bench' };

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Requests the paths in turn over CONNECTIONS connections, for a duration (s) or an amount of requests.
 * `onResponse` hears each response: the client port of its connection and its latency (ms).
 */
export function loadPaths(
  port: number,
  paths: readonly string[],
  run: { duration: number } | { amount: number },
  onResponse?: (clientPort: number, latencyMs: number) => void,
): Promise<autocannon.Result> {
  let next = 0;
  const instance = autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: CONNECTIONS,
    ...run,
    headers: REQUEST_HEADERS,
    requests: [{ setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] as string }) }],
  });
  // autocannon's 'response' event passes the client (one a connection) first; its types leave the client out.
  if (onResponse) (instance as unknown as EventEmitter).on('response', (client: { conn: { localPort: number } }, _status: number, _bytes: number, latency: number) => onResponse(client.conn.localPort, latency));
  return instance;
}

export async function stopServer(server: { child: ChildProcess }): Promise<void> {
  if (server.child.exitCode !== null) return;
  const exited = new Promise((resolve) => server.child.once('exit', resolve));
  server.child.kill('SIGTERM');
  await exited;
}

function statFields(pid: number): string[] {
  return fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
}

/** The process and its descendants (the workers of `sahifa serve --workers`), the process first. */
export function processTree(pid: number): number[] {
  const parents = new Map<number, number>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      parents.set(Number(entry), Number(statFields(Number(entry))[1]));
    } catch {
      // gone meanwhile
    }
  }
  const tree = [pid];
  for (let index = 0; index < tree.length; index += 1) for (const [child, parent] of parents) if (parent === tree[index]) tree.push(child);
  return tree;
}

/** User plus system CPU time of the processes, in ms (clock ticks of 10 ms); NaN when the first (the server) is gone. */
export function cpuMs(pids: readonly number[]): number {
  let total = 0;
  for (const [index, pid] of pids.entries()) {
    try {
      const fields = statFields(pid);
      total += (Number(fields[11]) + Number(fields[12])) * 10;
    } catch {
      if (index === 0) return NaN;
    }
  }
  return total;
}

/** Loads the demo content into `file` with the code of the checkout at `root` (this one, or a baseline's). */
export function loadDemo(file: string, root: string): void {
  const script = `import { openCliDatabase, loadCliConfig } from './src/cli/open-cli-database.ts';
import { loadDemoContentOnce } from './src/demo/load-demo-content.ts';
const opened = await openCliDatabase(loadCliConfig({ databasePath: process.argv[1] }));
await loadDemoContentOnce(opened.db);
await opened.close();`;
  const loaded = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, file], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (loaded.status !== 0) throw new Error(`loading the demo content failed with status ${loaded.status}`);
}
