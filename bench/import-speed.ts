/**
 * Import speed end to end: `importJsonl` of the ANT corpus into a fresh on-disk database, as
 * `sahifa import` runs it (checking, parsing, storing, search index, entity tags), with entity tagging
 * deferred (the baseline: the import as it was before tags) and with tags made as the articles are
 * written — on the writing thread, and in 1 and 2 extraction workers. Target: at least 500 articles/s
 * with tags. CPU time (all threads of the process) is printed beside the wall clock, since benchmarks
 * here share the machine.
 *
 *   npx tsx bench/import-speed.ts [--articles 31500] [--runs baseline,0,1,2]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { openDatabase } from '../src/db/open-database.ts';
import { importJsonl } from '../src/ingest/jsonl/import-jsonl.ts';
import { createTemporaryDirectory } from '../src/test-support/test-database.ts';
import { numberOption, textOption } from './bench-options.ts';
import { readAnt } from './corpora.ts';

const records = readAnt().slice(0, numberOption('articles', 1_000_000));
const runs = (textOption('runs') ?? 'baseline,1,2').split(',');
const temporary = createTemporaryDirectory('sahifa-import-bench-');
const file = path.join(temporary.directory, 'ant.jsonl');
fs.writeFileSync(file, `${records.map((record) => JSON.stringify(record)).join('\n')}\n`);

const load = () => os.loadavg()[0]!.toFixed(1);
console.log(`${records.length} ANT records; ${os.availableParallelism()} cores; load average ${load()} at start`);

async function run(name: string): Promise<void> {
  const databasePath = path.join(temporary.directory, `${name}.db`);
  const opened = await openDatabase(databasePath);
  const cpu = process.cpuUsage();
  const started = performance.now();
  const summary =
    name === 'baseline'
      ? await importJsonl(opened.db, file, { entityTags: 'defer' })
      : await importJsonl(opened.db, file, { extractionWorkers: Number(name) });
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const { rows } = await sql<{ tags: number; entities: number }>`
    SELECT (SELECT count(*) FROM article_entities) AS tags, (SELECT count(*) FROM entities) AS entities`.execute(opened.db);
  await opened.close();
  const label = name === 'baseline' ? 'without entities (tags deferred)' : `with entities, ${name === '0' ? 'extracted on the writing thread' : `${name} extraction worker${name === '1' ? '' : 's'}`}`;
  console.log(
    `${label.padEnd(52)} ${String(Math.round(summary.imported / seconds)).padStart(5)} articles/s  ` +
      `(${summary.imported} in ${seconds.toFixed(1)} s, CPU ${((used.user + used.system) / 1e6).toFixed(1)} s, ` +
      `${rows[0]!.tags} tags of ${rows[0]!.entities} entities, load ${load()})`,
  );
}

try {
  for (const name of runs) await run(name);
} finally {
  temporary.remove();
}
