/**
 * Loaded into each server process by `bench/http-tail.ts` (`node --import`; cluster workers inherit
 * the flag): what the process saw while a load ran, to tell where the slow requests come from. It
 * keeps V8's garbage collections (PerformanceObserver `gc`: count and pause of scavenges and of
 * mark-compacts), the event loop's delay (perf_hooks `monitorEventLoopDelay`, sampled every 10 ms) and
 * the connections and requests this process took (the `net.server.socket` and
 * `http.server.request.start` diagnostics channels), so that the spread of the 50 connections over
 * `sahifa serve --workers` shows. With `SAHIFA_TAIL_TRACE=1` it also keeps every request (when it
 * started and finished, on which client port, for which URL) and when each connection was accepted,
 * as wall-clock milliseconds that the load generator's can be compared with. SIGUSR2 writes the figures
 * since the last SIGUSR2 to `$SAHIFA_TAIL_PROBE_DIR/<pid>.json` and starts counting again.
 */
import diagnosticsChannel from 'node:diagnostics_channel';
import fs from 'node:fs';
import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import path from 'node:path';
import { constants, monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';

const directory = process.env.SAHIFA_TAIL_PROBE_DIR;

export interface ProbeReport {
  pid: number;
  connections: number;
  requests: number;
  scavenges: number[];
  markCompacts: number[];
  eventLoopDelayMs: { p50: number; p99: number; max: number };
  /** With SAHIFA_TAIL_TRACE=1: [started, finished, client port, URL] a request, [accepted, client port] a connection. */
  trace?: { requests: [number, number, number, string][]; accepts: [number, number][] };
}

/** Wall-clock milliseconds with a fraction, comparable between processes. */
export const wallClockMs = () => performance.timeOrigin + performance.now();

if (directory !== undefined) {
  let connections = 0;
  let requests = 0;
  let scavenges: number[] = [];
  let markCompacts: number[] = [];
  const tracing = process.env.SAHIFA_TAIL_TRACE === '1';
  const started = new WeakMap<object, number>();
  let traced: NonNullable<ProbeReport['trace']> = { requests: [], accepts: [] };
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  diagnosticsChannel.subscribe('net.server.socket', (message) => {
    connections += 1;
    if (tracing) traced.accepts.push([wallClockMs(), (message as { socket: Socket }).socket.remotePort ?? 0]);
  });
  diagnosticsChannel.subscribe('http.server.request.start', (message) => {
    requests += 1;
    if (tracing) started.set((message as { response: object }).response, wallClockMs());
  });
  if (tracing) {
    diagnosticsChannel.subscribe('http.server.response.finish', (message) => {
      const { request, response } = message as { request: IncomingMessage; response: object };
      traced.requests.push([started.get(response) ?? NaN, wallClockMs(), request.socket.remotePort ?? 0, request.url ?? '']);
    });
  }
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const kind = ((entry as { detail?: unknown }).detail as { kind?: number } | undefined)?.kind;
      if (kind === constants.NODE_PERFORMANCE_GC_MINOR) scavenges.push(entry.duration);
      else if (kind === constants.NODE_PERFORMANCE_GC_MAJOR) markCompacts.push(entry.duration);
    }
  }).observe({ entryTypes: ['gc'] });
  process.on('SIGUSR2', () => {
    const report: ProbeReport = {
      pid: process.pid,
      connections,
      requests,
      scavenges,
      markCompacts,
      eventLoopDelayMs: { p50: delay.percentile(50) / 1e6, p99: delay.percentile(99) / 1e6, max: delay.max / 1e6 },
      ...(tracing ? { trace: traced } : {}),
    };
    traced = { requests: [], accepts: [] };
    // Written aside and renamed, so that the bench never reads a half-written report (a trace runs to megabytes).
    const file = path.join(directory, `${process.pid}.json`);
    fs.writeFileSync(`${file}.tmp`, JSON.stringify(report));
    fs.renameSync(`${file}.tmp`, file);
    connections = 0;
    requests = 0;
    scavenges = [];
    markCompacts = [];
    delay.reset();
  });
}
