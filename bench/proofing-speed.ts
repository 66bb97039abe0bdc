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

function pass(): { seconds: number; diagnostics: number } {
  const start = performance.now();
  let diagnostics = 0;
  for (const text of texts) diagnostics += proofreader.proof(text).length;
  return { seconds: (performance.now() - start) / 1000, diagnostics };
}

const cold = pass();
const warm = pass();
console.log(`Proofing speed: ${texts.length} ANT articles, ${megabytes.toFixed(2)} MB of UTF-8 text, all ${proofreader.rules.length} rules`);
console.log(`dictionary load: ${loadSeconds.toFixed(2)} s (once per process)`);
console.log(`first pass (cold caches): ${cold.seconds.toFixed(2)} s, ${(megabytes / cold.seconds).toFixed(2)} MB/s`);
console.log(`second pass (warm caches): ${warm.seconds.toFixed(2)} s, ${(megabytes / warm.seconds).toFixed(2)} MB/s`);
console.log(`≥ 2 MB/s cold: ${megabytes / cold.seconds >= 2 ? 'PASS' : 'FAIL'}`);
