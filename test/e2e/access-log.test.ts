import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../demo-server.ts';

describe('the server log at info', () => {
  let server: DemoServer;
  const lines: string[] = [];

  beforeAll(async () => {
    server = await startDemoServer({ LOG_LEVEL: 'info' });
    let pending = '';
    server.child.stdout?.on('data', (chunk: Buffer) => {
      pending += chunk.toString();
      const complete = pending.split('\n');
      pending = complete.pop() ?? '';
      lines.push(...complete);
    });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('writes one access line per request, with its status and time', async () => {
    const paths = ['/robots.txt', '/', '/', '/articles/99999/x'];
    for (const path of paths) await (await fetch(`${server.baseUrl}${path}`)).arrayBuffer();
    const accessLines = async () =>
      lines.filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as Record<string, unknown>).filter((entry) => entry.msg === 'request completed');
    // The log is written asynchronously: give it a moment.
    for (let attempt = 0; attempt < 50 && (await accessLines()).length < paths.length; attempt += 1) await new Promise((resolve) => setTimeout(resolve, 100));
    const entries = await accessLines();
    expect(entries.map((entry) => [entry.method, entry.url, entry.statusCode])).toEqual([
      ['GET', '/robots.txt', 200],
      ['GET', '/', 200],
      ['GET', '/', 200],
      ['GET', '/articles/99999/x', 404],
    ]);
    for (const entry of entries) expect(typeof entry.responseTime).toBe('number');
    expect(lines.some((line) => line.includes('incoming request'))).toBe(false);
  });
});
