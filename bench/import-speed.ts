/**
 * Import speed end to end: `importJsonl` of the ANT corpus into a fresh on-disk database, as
 * `sahifa import` runs it (checking, parsing, storing, search index, entity tags), with entity tagging
 * deferred (the baseline: the import as it was before tags) and with tags made as the articles are
 * written — on the writing thread, and in 1 and 2 extraction workers. Target: at least 500 articles/s
 * with tags. CPU time (all threads of the process) is printed beside the wall clock, since benchmarks
 * here share the machine. With `--against PATH` (another checkout, e.g. /work/main before a change),
 * each run is also made with that tree's code, right before this one's, so that the two compare under
 * the same load.
 *
 *   npx tsx bench/import-speed.ts [--articles 31500] [--runs baseline,0,1,2] [--against ../other-tree]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import * as openHere from '../src/db/open-database.ts';
import * as importHere from '../src/ingest/jsonl/import-jsonl.ts';
import { createTemporaryDirectory } from '../src/test-support/test-database.ts';
import { numberOption, textOption } from './bench-options.ts';
import { readAnt } from './corpora.ts';

const records = readAnt().slice(0, numberOption('articles', 1_000_000));
const runs = (textOption('runs') ?? 'baseline,1,2').split(',');
const against = textOption('against');
const trees: { name: string; open: typeof openHere; load: typeof importHere }[] = [{ name: 'this tree', open: openHere, load: importHere }];
if (against !== undefined) {
  const root = path.resolve(against);
  trees.unshift({
    name: path.basename(root),
    open: (await import(path.join(root, 'src/db/open-database.ts'))) as typeof openHere,
    load: (await import(path.join(root, 'src/ingest/jsonl/import-jsonl.ts'))) as typeof importHere,
  });
}
const temporary = createTemporaryDirectory('sahifa-import-bench-');
const file = path.join(temporary.directory, 'ant.jsonl');
fs.writeFileSync(file, `${records.map((record) => JSON.stringify(record)).join('\n')}\n`);

const load = () => os.loadavg()[0]!.toFixed(1);

/** CPU seconds of this process's main thread (Linux: its task's utime + stime), or NaN elsewhere. */
function mainThreadCpuSeconds(): number {
  try {
    const fields = fs.readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}
console.log(`${records.length} ANT records; ${os.availableParallelism()} cores; load average ${load()} at start`);

async function run(name: string, tree: (typeof trees)[number]): Promise<void> {
  const { openDatabase } = tree.open;
  const { importJsonl } = tree.load;
  const databasePath = path.join(temporary.directory, `${name}-${trees.indexOf(tree)}.db`);
  const opened = await openDatabase(databasePath);
  const cpu = process.cpuUsage();
  const mainCpu = mainThreadCpuSeconds();
  const started = performance.now();
  const summary =
    name === 'baseline'
      ? await importJsonl(opened.db, file, { entityTags: 'defer' })
      : await importJsonl(opened.db, file, { extractionWorkers: Number(name) });
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const mainUsed = mainThreadCpuSeconds() - mainCpu;
  const { rows } = await sql<{ tags: number; entities: number }>`
    SELECT (SELECT count(*) FROM article_entities) AS tags, (SELECT count(*) FROM entities) AS entities`.execute(opened.db);
  await opened.close();
  const label = (trees.length > 1 ? `${tree.name}: ` : '') + (name === 'baseline' ? 'without entities (tags deferred)' : `with entities, ${name === '0' ? 'extracted on the writing thread' : `${name} extraction worker${name === '1' ? '' : 's'}`}`);
  console.log(
    `${label.padEnd(trees.length > 1 ? 66 : 52)} ${String(Math.round(summary.imported / seconds)).padStart(5)} articles/s  ` +
      `(${summary.imported} in ${seconds.toFixed(1)} s, CPU ${((used.user + used.system) / 1e6).toFixed(1)} s, writing thread ${mainUsed.toFixed(1)} s, ` +
      `${rows[0]!.tags} tags of ${rows[0]!.entities} entities, load ${load()})`,
  );
}

try {
  for (const name of runs) for (const tree of trees) await run(name, tree);
} finally {
  temporary.remove();
}
