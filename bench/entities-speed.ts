/**
 * Entity extraction speed on ANT article bodies (one per URL): articles per CPU second on one core,
 * after a warm-up that loads the gazetteers and the tagger's model. Target: at least 1,000/s (the
 * import with entity tags needs 500 articles/s on two extraction workers). CPU time is this
 * process's own, so figures taken on a shared machine compare; wall-clock time is printed beside it.
 *
 * `--baseline DIR` measures another copy of the source tree in the same run (say, `git archive main
 * src | tar -x -C DIR`), alternating rounds with the working tree's, so that both see the same load.
 *
 *   npx tsx bench/entities-speed.ts [--articles N] [--rounds N] [--baseline DIR]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import zlib from 'node:zlib';
import { extractEntities } from '../src/entities/extract-entities.ts';

const ANT_FILE = path.resolve(import.meta.dirname, '../../shared/data/ant-multisource/ant_multisource_v2.1.jsonl.gz');
const { values } = parseArgs({ options: { articles: { type: 'string', default: '5000' }, rounds: { type: 'string', default: '2' }, baseline: { type: 'string' } } });

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

type Extract = (text: string, options: { publishedAt: string }) => unknown[];
const contenders: { name: string; extract: Extract; cpu: number; wall: number; entities: number }[] = [];
if (values.baseline !== undefined) {
  const file = path.resolve(values.baseline, 'src/entities/extract-entities.ts');
  if (!fs.existsSync(file)) {
    console.error(`--baseline: no ${file}`);
    process.exit(2);
  }
  const module = (await import(pathToFileURL(file).href)) as { extractEntities: Extract };
  contenders.push({ name: `baseline (${values.baseline})`, extract: module.extractEntities, cpu: 0, wall: 0, entities: 0 });
}
contenders.push({ name: 'this tree', extract: extractEntities, cpu: 0, wall: 0, entities: 0 });

const options = { publishedAt: '2020-01-01T00:00:00Z' };
for (const contender of contenders) for (const body of bodies.slice(0, 50)) contender.extract(body, options);
let characters = 0;
for (const body of bodies) characters += body.length;
// The first round meets most word forms for the first time, as an import's first batches do; later
// rounds show the steady state of a long import. Figures are over all rounds.
for (let round = 0; round < Number(values.rounds); round += 1) {
  for (const contender of contenders) {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    let entities = 0;
    for (const body of bodies) entities += contender.extract(body, options).length;
    const cpu = process.cpuUsage(cpuStarted);
    contender.cpu += (cpu.user + cpu.system) / 1e6;
    contender.wall += (performance.now() - started) / 1000;
    contender.entities = entities;
  }
}
const articles = bodies.length * Number(values.rounds);
console.log(`${bodies.length} ANT bodies (mean ${Math.round(characters / bodies.length)} characters), ${values.rounds} rounds; load average ${os.loadavg().map((load) => load.toFixed(1)).join(' ')} on ${os.cpus().length} cores`);
for (const { name, cpu, wall, entities } of contenders) {
  console.log(
    `${name}: ${(articles / cpu).toFixed(0)} articles per CPU second (${((cpu * 1000) / articles).toFixed(2)} ms each), ${(articles / wall).toFixed(0)} per wall-clock second, ${entities} entities; target 1000/s`,
  );
}
