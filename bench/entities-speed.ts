/**
 * Entity extraction speed on ANT article bodies (one per URL): articles per second on one core,
 * after a warm-up that loads the gazetteers and the tagger's model. Target: at least 500/s. Reports
 * CPU time as well as wall-clock time, since benchmarks here often share the machine.
 *
 *   npx tsx bench/entities-speed.ts [--articles N]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import zlib from 'node:zlib';
import { extractEntities } from '../src/entities/extract-entities.ts';

const ANT_FILE = path.resolve(import.meta.dirname, '../../shared/data/ant-multisource/ant_multisource_v2.1.jsonl.gz');
const { values } = parseArgs({ options: { articles: { type: 'string', default: '5000' } } });

if (!fs.existsSync(ANT_FILE)) {
  console.error(`missing ${ANT_FILE}: this benchmark needs ../shared/data beside the repository`);
  process.exit(2);
}
const seen = new Set<string>();
const bodies: string[] = [];
for (const line of zlib.gunzipSync(fs.readFileSync(ANT_FILE)).toString('utf8').split('\n')) {
  if (line.trim() === '') continue;
  const record = JSON.parse(line) as { id: string; url: string | null; body: string };
  const key = record.url ?? record.id;
  if (seen.has(key)) continue;
  seen.add(key);
  bodies.push(record.body);
  if (bodies.length >= Number(values.articles)) break;
}

for (const body of bodies.slice(0, 50)) extractEntities(body, { publishedAt: '2020-01-01T00:00:00Z' });
const started = performance.now();
const cpuStarted = process.cpuUsage();
let entities = 0;
let characters = 0;
for (const body of bodies) {
  entities += extractEntities(body, { publishedAt: '2020-01-01T00:00:00Z' }).length;
  characters += body.length;
}
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuStarted);
// On a shared machine the wall clock counts other processes' time too; CPU time is this process's own.
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
console.log(`${bodies.length} ANT bodies (mean ${Math.round(characters / bodies.length)} characters), ${entities} entities`);
console.log(`${(bodies.length / cpuSeconds).toFixed(0)} articles per CPU second (${((cpuSeconds * 1000) / bodies.length).toFixed(2)} ms each); target 500/s`);
console.log(`${(bodies.length / seconds).toFixed(0)} articles per wall-clock second (load average now ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores)`);
