/**
 * Import speed end to end: `importJsonl` of the ANT corpus into a fresh on-disk database, as
 * `sahifa import` runs it (checking, parsing, storing, search index, entity tags), with entity tagging
 * deferred (the baseline: the import as it was before tags) and with tags made as the articles are
 * written — on the writing thread, and in 1 and 2 worker threads. Targets: at least 1,000 articles/s
 * without tags (issue 3), 500 with them (issue 5). CPU time (all threads of the process, and the
 * writing thread alone) is printed beside the wall clock, since benchmarks here share the machine, and
 * so is the time the writing thread was ready to run but waited for a core (behind the import's own
 * workers or other processes): wall ≈ writing thread CPU + that wait + time it waited for workers.
 * Each run is a process of its own, so that its peak memory (RSS) is its own and no run inherits
 * another's warmed-up code. With `--against PATH` (another checkout, e.g. a copy of main before a
 * change), each run is also made with that tree's code, right before this one's, under the same load.
 *
 *   npx tsx bench/import-speed.ts [--articles 31500] [--runs baseline,baseline/1,0,1,2] [--against ../other-tree]
 *
 * Runs: `baseline` (tags deferred, the import's default threads), `baseline/N` (tags deferred, N
 * workers preparing), `N` (tags made, N workers; 0: all on the writing thread).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { createTemporaryDirectory } from '../src/test-support/test-database.ts';
import { numberOption, textOption } from './bench-options.ts';
import { readAnt } from './corpora.ts';

interface RunResult {
  imported: number;
  seconds: number;
  cpuSeconds: number;
  writingThreadSeconds: number;
  /** Time the writing thread was ready to run but waited for a core (other threads, other processes). */
  writingThreadQueuedSeconds: number;
  tags: number;
  entities: number;
  peakRssMiB: number;
}

/** CPU seconds of this process's main thread (Linux: its task's utime + stime), or NaN elsewhere. */
function mainThreadCpuSeconds(): number {
  try {
    const fields = fs.readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}

/** Seconds this process's main thread has spent runnable but waiting for a core (Linux schedstat), or NaN elsewhere. */
function mainThreadQueuedSeconds(): number {
  try {
    return Number(fs.readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ')[1]) / 1e9;
  } catch {
    return Number.NaN;
  }
}

/** One run in this process (started by the parent below): prints its RunResult as JSON. */
async function runChild(root: string, file: string, name: string, databasePath: string): Promise<void> {
  const { openDatabase } = (await import(path.join(root, 'src/db/open-database.ts'))) as typeof import('../src/db/open-database.ts');
  const { importJsonl } = (await import(path.join(root, 'src/ingest/jsonl/import-jsonl.ts'))) as typeof import('../src/ingest/jsonl/import-jsonl.ts');
  const opened = await openDatabase(databasePath);
  const [kind, workers] = name.split('/');
  const cpu = process.cpuUsage();
  const mainCpu = mainThreadCpuSeconds();
  const mainQueued = mainThreadQueuedSeconds();
  const started = performance.now();
  const summary =
    kind === 'baseline'
      ? await importJsonl(opened.db, file, { entityTags: 'defer', ...(workers === undefined ? {} : { extractionWorkers: Number(workers) }) })
      : await importJsonl(opened.db, file, { extractionWorkers: Number(kind) });
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const writingThreadSeconds = mainThreadCpuSeconds() - mainCpu;
  const writingThreadQueuedSeconds = mainThreadQueuedSeconds() - mainQueued;
  const { rows } = await sql<{ tags: number; entities: number }>`
    SELECT (SELECT count(*) FROM article_entities) AS tags, (SELECT count(*) FROM entities) AS entities`.execute(opened.db);
  await opened.close();
  const result: RunResult = {
    imported: summary.imported,
    seconds,
    cpuSeconds: (used.user + used.system) / 1e6,
    writingThreadSeconds,
    writingThreadQueuedSeconds,
    tags: Number(rows[0]!.tags),
    entities: Number(rows[0]!.entities),
    peakRssMiB: process.resourceUsage().maxRSS / 1024,
  };
  console.log(JSON.stringify(result));
}

function describeRun(name: string): string {
  const [kind, workers] = name.split('/');
  if (kind === 'baseline') return `without entities (tags deferred)${workers === undefined ? '' : `, ${workers} worker${workers === '1' ? '' : 's'}`}`;
  return `with entities, ${kind === '0' ? 'extracted on the writing thread' : `${kind} extraction worker${kind === '1' ? '' : 's'}`}`;
}

const child = textOption('child');
if (child !== undefined) {
  await runChild(textOption('tree')!, textOption('file')!, child, textOption('database')!);
} else {
  const records = readAnt().slice(0, numberOption('articles', 1_000_000));
  const runs = (textOption('runs') ?? 'baseline,1,2').split(',');
  const against = textOption('against');
  const here = path.resolve(import.meta.dirname, '..');
  const trees = [...(against === undefined ? [] : [{ name: path.basename(path.resolve(against)), root: path.resolve(against) }]), { name: 'this tree', root: here }];
  const temporary = createTemporaryDirectory('sahifa-import-bench-');
  const file = path.join(temporary.directory, 'ant.jsonl');
  fs.writeFileSync(file, `${records.map((record) => JSON.stringify(record)).join('\n')}\n`);
  const load = () => os.loadavg()[0]!.toFixed(1);
  console.log(`${records.length} ANT records; ${os.availableParallelism()} cores; load average ${load()} at start`);
  try {
    for (const name of runs) {
      for (const [index, tree] of trees.entries()) {
        const databasePath = path.join(temporary.directory, `run-${index}.db`);
        const output = execFileSync(
          process.execPath,
          [...process.execArgv, fileURLToPath(import.meta.url), '--child', name, '--tree', tree.root, '--file', file, '--database', databasePath],
          { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 24 },
        );
        for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${databasePath}${suffix}`, { force: true });
        const result = JSON.parse(output.trim().split('\n').at(-1)!) as RunResult;
        const label = (trees.length > 1 ? `${tree.name}: ` : '') + describeRun(name);
        console.log(
          `${label.padEnd(trees.length > 1 ? 62 : 50)} ${String(Math.round(result.imported / result.seconds)).padStart(5)} articles/s  ` +
            `(${result.imported} in ${result.seconds.toFixed(1)} s, CPU ${result.cpuSeconds.toFixed(1)} s, writing thread ${result.writingThreadSeconds.toFixed(1)} s + ${result.writingThreadQueuedSeconds.toFixed(1)} s waiting for a core, ` +
            `peak RSS ${Math.round(result.peakRssMiB)} MiB, ${result.tags} tags of ${result.entities} entities, load ${load()})`,
        );
      }
    }
  } finally {
    temporary.remove();
  }
}
