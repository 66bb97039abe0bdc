/**
 * `bench/http-tail.ts --trace`: which requests were the slowest 1%. The load generator keeps each
 * response's connection (client port), end and latency; the servers' probes (`http-tail-probe.ts` with
 * SAHIFA_TAIL_TRACE=1) keep each request's start, finish, client port and URL and each connection's
 * accept. A response is matched with the request its connection's server process started after it was
 * sent (connections carry one request at a time). Printed: how many of the slowest 1% were the first
 * request of their connection (waiting to be accepted), when the last connection had its first answer,
 * latency without first requests, and for the slowest: the wait before the server read them, the time
 * from then to the response (rendering, and any wait for the request's turn), and their URLs.
 */
import type { ProbeReport } from './http-tail-probe.ts';

/** [ended (wall-clock ms), latency (ms), client port] of one response, as the load generator saw it. */
export type ClientResponse = [number, number, number];

interface Matched {
  sent: number;
  latency: number;
  first: boolean;
  serverStart: number;
  serverFinish: number;
  url: string;
}

const percentile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
const ms = (value: number) => value.toFixed(0);

function match(responses: ClientResponse[], reports: ProbeReport[]): Matched[] {
  const serverByPort = new Map<number, [number, number, number, string][]>();
  for (const report of reports) for (const request of report.trace?.requests ?? []) serverByPort.set(request[2], [...(serverByPort.get(request[2]) ?? []), request]);
  for (const list of serverByPort.values()) list.sort((a, b) => a[0] - b[0]);
  const byPort = new Map<number, ClientResponse[]>();
  for (const response of responses) byPort.set(response[2], [...(byPort.get(response[2]) ?? []), response]);
  const matched: Matched[] = [];
  for (const [port, list] of byPort) {
    const server = serverByPort.get(port) ?? [];
    let next = 0;
    list.forEach(([ended, latency], index) => {
      const sent = ended - latency;
      // A port may have served an earlier connection (the warm-up's): skip requests finished before this was sent.
      while (next < server.length && (server[next]?.[1] ?? Infinity) < sent - 2) next += 1;
      const request = server[next];
      if (request !== undefined) next += 1;
      matched.push({ sent, latency, first: index === 0, serverStart: request?.[0] ?? NaN, serverFinish: request?.[1] ?? NaN, url: request?.[3] ?? '?' });
    });
  }
  return matched;
}

export function describeTail(responses: ClientResponse[], reports: ProbeReport[]): string[] {
  const matched = match(responses, reports);
  if (matched.length === 0) return ['  trace: no responses'];
  const start = Math.min(...matched.map((entry) => entry.sent));
  const cut = percentile(matched.map((entry) => entry.latency).sort((a, b) => a - b), 0.99);
  const slowest = matched.filter((entry) => entry.latency >= cut);
  const firsts = matched.filter((entry) => entry.first);
  const lastFirstAnswer = Math.max(...firsts.map((entry) => entry.sent + entry.latency)) - start;
  const accepts = reports.flatMap((report) => report.trace?.accepts ?? []).map(([at]) => at - start);
  const rest = matched.filter((entry) => !entry.first).map((entry) => entry.latency).sort((a, b) => a - b);
  const urls = new Map<string, number>();
  for (const entry of slowest) urls.set(entry.url, (urls.get(entry.url) ?? 0) + 1);
  const topUrls = [...urls].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([url, count]) => `${count}× ${decodeURI(url).slice(0, 40)}`);
  const median = (values: number[]) => percentile([...values].sort((a, b) => a - b), 0.5);
  return [
    `  trace: slowest 1% (${slowest.length}, ≥ ${ms(cut)} ms): ${slowest.filter((entry) => entry.first).length} the first request of their connection; ` +
      `connections accepted ${accepts.length ? `${ms(Math.min(...accepts))}…${ms(Math.max(...accepts))}` : 'before the run'} ms into the run, the last one's first answer at ${ms(lastFirstAnswer)} ms`,
    `  trace: without each connection's first request p50 ${ms(percentile(rest, 0.5))}  p99 ${ms(percentile(rest, 0.99))}  max ${ms(rest.at(-1) ?? NaN)} ms; ` +
      `slowest 1%: median wait before the server read them ${ms(median(slowest.map((entry) => entry.serverStart - entry.sent)))} ms, from then to the response ${median(slowest.map((entry) => entry.serverFinish - entry.serverStart)).toFixed(1)} ms, ` +
      `sent ${ms(median(slowest.map((entry) => entry.sent - start)))} ms into the run (median); URLs ${topUrls.join(', ')}`,
  ];
}
