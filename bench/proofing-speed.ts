/**
 * Proofing speed on one core with every rule on: the 1,000 ANT test articles proofed one by one, in
 * MB of UTF-8 text per second. The first pass starts with empty word caches (as a fresh process
 * does after loading the dictionaries); the second shows a warm server. Target: ≥ 2 MB/s.
 *
 *   npx tsx bench/proofing-speed.ts
 */
import { createProofreader } from '../src/proofing/proofreader.ts';
import { antOrSkip, articleText, splitCorpus } from './proofing-corpus.ts';

const { test } = splitCorpus(antOrSkip());
const texts = test.map(articleText);
const megabytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text, 'utf8'), 0) / 1_000_000;

const loadStart = performance.now();
const proofreader = await createProofreader();
const loadSeconds = (performance.now() - loadStart) / 1000;

interface Pass {
  /** Wall-clock seconds: inflated when other processes share the machine. */
  seconds: number;
  /** CPU seconds of this (single-threaded) process: the time on one core. */
  cpuSeconds: number;
}

function pass(): Pass {
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  for (const text of texts) proofreader.proof(text);
  const cpu = process.cpuUsage(cpuStart);
  return { seconds: (performance.now() - start) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}

const report = (label: string, result: Pass) =>
  console.log(`${label}: ${(megabytes / result.cpuSeconds).toFixed(2)} MB/s (${result.cpuSeconds.toFixed(2)} s CPU; wall clock ${result.seconds.toFixed(2)} s, ${(megabytes / result.seconds).toFixed(2)} MB/s)`);

const cold = pass();
const warm = pass();
console.log(`Proofing speed: ${texts.length} ANT articles, ${megabytes.toFixed(2)} MB of UTF-8 text, all ${proofreader.rules.length} rules, one thread`);
console.log(`dictionary load: ${loadSeconds.toFixed(2)} s (once per process)`);
report('first pass (empty word caches)', cold);
report('second pass (warm caches, as a running server)', warm);
console.log(`≥ 2 MB/s on the first pass: ${megabytes / cold.cpuSeconds >= 2 ? 'PASS' : 'FAIL'}`);
