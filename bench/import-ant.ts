/**
 * `sahifa import` of all ANT into a fresh database: this tree beside a baseline revision, in the same
 * run, alternating, so that the machine's load weighs on both alike. The baseline is checked out with
 * `git archive` into a temporary directory that shares this tree's node_modules.
 *
 *   npx tsx bench/import-ant.ts [--baseline REV] [--runs 2]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ANT_FILE, requireData } from './corpora.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const argument = (name: string, fallback: string) => {
  const index = process.argv.indexOf(name);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
};

function checkout(revision: string, directory: string): void {
  const archive = execFileSync('git', ['-C', ROOT, 'archive', '--format=tar', revision], { maxBuffer: 1 << 30 });
  execFileSync('tar', ['-x', '-C', directory], { input: archive });
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(directory, 'node_modules'));
}

function importOnce(tree: string, scratch: string): { seconds: number; imported: number } {
  const database = path.join(scratch, `import-${process.hrtime.bigint()}.db`);
  const run = spawnSync(process.execPath, [path.join(tree, 'bin/sahifa.js'), 'import', ANT_FILE, '--db', database, '--json'], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (run.status !== 0) throw new Error(`import in ${tree} failed: ${run.stderr}`);
  const summary = JSON.parse(run.stdout) as { imported: number; seconds: number };
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${database}${suffix}`, { force: true });
  // The import's own clock (checking the file, writing the batches with their derived data), as `import --json` reports it.
  return { seconds: summary.seconds, imported: summary.imported };
}

function main(): void {
  requireData(ANT_FILE);
  const baseline = argument('--baseline', 'main');
  const runs = Number(argument('--runs', '2'));
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'sahifa-import-bench-'));
  try {
    const baselineTree = path.join(scratch, 'baseline');
    fs.mkdirSync(baselineTree);
    checkout(baseline, baselineTree);
    const commit = execFileSync('git', ['-C', ROOT, 'rev-parse', '--short', baseline], { encoding: 'utf8' }).trim();
    console.log(`load ${os.loadavg().map((load) => load.toFixed(2)).join(' ')}; ${runs} runs each, alternating`);
    const results: Record<string, { seconds: number; imported: number }[]> = { baseline: [], current: [] };
    for (let run = 0; run < runs; run += 1) {
      results.baseline?.push(importOnce(baselineTree, scratch));
      results.current?.push(importOnce(ROOT, scratch));
    }
    const best = (name: string) => Math.min(...(results[name] ?? []).map((result) => result.seconds));
    const imported = results.current?.[0]?.imported ?? 0;
    for (const [name, label] of [['baseline', `baseline ${baseline} (${commit})`], ['current', 'this tree']] as const) {
      const seconds = best(name);
      console.log(`${label.padEnd(28)} ${seconds.toFixed(1)} s (best of ${runs}) = ${Math.round(imported / seconds).toLocaleString('en')} articles/s`);
    }
    console.log(`this tree takes ${((best('current') / best('baseline') - 1) * 100).toFixed(1)}% longer (${imported} articles imported)`);
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

main();
