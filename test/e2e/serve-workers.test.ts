/**
 * `sahifa serve --workers 2`: two processes on one port and one database. Each request below opens a
 * connection of its own, so that the primary's round-robin hands consecutive requests to both workers.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/open-database.ts';
import { createTemporaryDirectory } from '../../src/test-support/test-database.ts';
import { startDemoServer, type DemoServer } from '../demo-server.ts';
import { runSahifa } from '../run-cli.ts';

interface Answer {
  status: number;
  body: string;
}

function request(url: string, options: { method?: string; body?: string; headers?: Record<string, string> } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = http.request(url, { method: options.method ?? 'GET', agent: false, headers: { connection: 'close', ...options.headers } }, (response) => {
      let body = '';
      response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    outgoing.setTimeout(20_000, () => outgoing.destroy(new Error(`no answer from ${url} in 20 s`)));
    outgoing.on('error', reject);
    outgoing.end(options.body);
  });
}

/** The worker processes of the server (the primary's children running `sahifa serve`), from Linux `/proc`. */
function workerPids(primary: number): number[] {
  return fs
    .readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .flatMap((entry) => {
      try {
        const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
        const command = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8');
        return Number(stat.split(') ')[1]?.split(' ')[1]) === primary && command.includes('sahifa.js') ? [Number(entry)] : [];
      } catch {
        return [];
      }
    });
}

describe.skipIf(process.platform !== 'linux')('sahifa serve with two worker processes', () => {
  let server: DemoServer;

  beforeAll(async () => {
    server = await startDemoServer({ SAHIFA_WORKERS: '2' });
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
  });

  it('runs two workers, and every page shows an article another process just wrote', async () => {
    expect(workerPids(server.child.pid ?? 0)).toHaveLength(2);
    // Both workers render and cache the home page.
    for (let attempt = 0; attempt < 4; attempt += 1) expect((await request(`${server.baseUrl}/`)).status).toBe(200);

    const temporary = createTemporaryDirectory();
    try {
      const copy = path.join(temporary.directory, 'copy.txt');
      fs.writeFileSync(copy, 'وزير الاقتصاد يفتتح معرض الصناعات الغذائية في عمّان\n\nافتتح وزير الاقتصاد صباح اليوم معرض الصناعات الغذائية بمشاركة مئتي شركة من اثنتي عشرة دولة.\n\nويستمر المعرض خمسة أيام.\n');
      const ingested = await runSahifa(['ingest', '--db', server.databasePath, '--category', 'economy', copy]);
      expect(ingested.code, ingested.stderr).toBe(0);
    } finally {
      temporary.remove();
    }
    // Each worker's page cache sees the content version the writer bumped.
    for (let attempt = 0; attempt < 4; attempt += 1) {
      const home = await request(`${server.baseUrl}/`);
      expect(home.body).toContain('وزير الاقتصاد يفتتح معرض الصناعات الغذائية');
    }
  });

  it('gives the workers a young generation of 64 MB a semi-space (fewer scavenges and mark-compacts under load)', () => {
    for (const pid of workerPids(server.child.pid ?? 0)) {
      expect(fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')).toContain('--max-semi-space-size=64');
    }
  });

  it('counts a reader once a day whichever worker gets the beacon', async () => {
    const home = await request(`${server.baseUrl}/`);
    const articleId = Number(home.body.match(/href="\/articles\/(\d+)\/[^"]+">بلينكن يصل كازاخستان/)?.[1]);
    expect(articleId).toBeGreaterThan(0);
    const beacon = { method: 'POST', body: JSON.stringify({ articleId }), headers: { 'content-type': 'application/json', 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0' } };
    for (let attempt = 0; attempt < 6; attempt += 1) expect((await request(`${server.baseUrl}/api/v1/views`, beacon)).status).toBe(204);
    // The primary counts what the workers forward: give it a moment.
    const opened = await openDatabase(server.databasePath);
    try {
      let views: number | undefined;
      for (let attempt = 0; attempt < 50 && views === undefined; attempt += 1) {
        const row = await opened.db.selectFrom('article_views').select('views').where('article_id', '=', articleId).executeTakeFirst();
        views = row?.views;
        if (views === undefined) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(views).toBe(1);
    } finally {
      await opened.close();
    }
  });

  it('replaces a worker that dies', async () => {
    const [victim] = workerPids(server.child.pid ?? 0);
    process.kill(victim ?? 0, 'SIGKILL');
    let workers: number[] = [];
    for (let attempt = 0; attempt < 300; attempt += 1) {
      workers = workerPids(server.child.pid ?? 0);
      if (workers.length === 2 && !workers.includes(victim ?? 0)) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(workers).toHaveLength(2);
    expect(workers).not.toContain(victim);
    // A connection handed to the worker as it died is lost; the ones after reach the living workers.
    await new Promise((resolve) => setTimeout(resolve, 500));
    for (let attempt = 0; attempt < 4; attempt += 1) expect((await request(`${server.baseUrl}/robots.txt`)).status).toBe(200);
  }, 60_000);
});
