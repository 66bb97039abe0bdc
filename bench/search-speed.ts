/**
 * Search speed: imports all ANT articles into a fresh on-disk database with analysis and indexing
 * (target ≥ 1,000 articles/s), grows it to 100,000 articles (ANT repeated under new ids), then times
 * 500 realistic queries with snippets (target p95 ≤ 20 ms) and reports the peak memory of the process.
 * In the same run: Sahifa as it runs (reads shared between queries through the per-generation memo,
 * src/search/index-read-cache.ts, starting empty), Sahifa reading the index afresh for every query,
 * and the baseline, plain FTS5 unicode61 (OR of the words, no snippets), on the same articles; each
 * by kind of query, with CPU times beside the wall-clock ones and the load average.
 *
 *   npx tsx bench/search-speed.ts [--articles 100000] [--queries 500] [--database FILE]
 *
 * With --database, an existing file is reused as it is (no import) and a new one is kept, so query
 * timings can be repeated without importing again. Times are wall-clock; CPU times are printed beside
 * them, as other work on a shared machine inflates the former.
 */
import fs from 'node:fs';
import os from 'node:os';
import { sql } from 'kysely';
import { analyze } from '../src/arabic/analyze.ts';
import { openDatabase } from '../src/db/open-database.ts';
import { importJsonl } from '../src/ingest/jsonl/import-jsonl.ts';
import { countSearchDocuments } from '../src/search/search-index.repository.ts';
import { IndexReadCache } from '../src/search/index-read-cache.ts';
import type { SearchIndex } from '../src/search/search-index.ts';
import { createSqliteSearchIndex, sqliteSearchIndex } from '../src/search/sqlite-search-index.ts';
import { createTemporaryDirectory } from '../src/test-support/test-database.ts';
import { insertArticle } from '../src/articles/article.repository.ts';
import { toNewArticleRow } from '../src/articles/article-mapper.ts';
import { parseRawCopy } from '../src/ingest/raw-copy/index.ts';
import { rebuildSearchIndex, syncSearchIndex } from '../src/search/sync-search-index.ts';
import { numberOption, percentile, textOption } from './bench-options.ts';
import { ANT_FILE, DATA_DIRECTORY, readAnt, requireData } from './corpora.ts';
import { insertArticleCopies } from './grow-archive.ts';

const REFERENCE_FILE = `${DATA_DIRECTORY}/../fixtures/asharq-2023-02-28-blinken-kazakhstan.txt`;



const TARGET_ARTICLES = numberOption('articles', 100_000);
const QUERY_COUNT = numberOption('queries', 500);

/** Deterministic, so every run times the same queries. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/**
 * Queries a reader of a news site types: one to three words of a headline (names, places, topics),
 * some quoted, some with an exclusion, and some questions typed in full.
 */
function realisticQueries(titles: string[], count: number): string[] {
  const next = random(2026);
  const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)] as T;
  const queries: string[] = [];
  while (queries.length < count) {
    const title = pick(titles);
    const words = analyze(title).map((token) => title.slice(token.start, token.end));
    if (words.length < 3) continue;
    const length = 1 + Math.floor(next() * 3);
    const start = Math.floor(next() * (words.length - length + 1));
    const chosen = words.slice(start, start + length);
    const kind = next();
    if (kind < 0.1 && chosen.length >= 2) queries.push(`"${chosen.join(' ')}"`);
    else if (kind < 0.15) queries.push(`${chosen.join(' ')} -${pick(words)}`);
    else if (kind < 0.25) queries.push(`ما هي آخر أخبار ${chosen.join(' ')}؟`);
    else queries.push(chosen.join(' '));
  }
  return queries;
}


function describe(times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  return `p50 ${percentile(sorted, 50).toFixed(2)} ms, p95 ${percentile(sorted, 95).toFixed(2)} ms, p99 ${percentile(sorted, 99).toFixed(2)} ms, max ${(sorted.at(-1) ?? NaN).toFixed(2)} ms`;
}

requireData(ANT_FILE);
const kept = textOption('database');
const reuse = kept !== undefined && fs.existsSync(kept);
const temporary = kept === undefined ? createTemporaryDirectory('sahifa-bench-') : undefined;
const opened = await openDatabase(kept ?? `${temporary?.directory}/bench.db`);
const { db, sqlite } = opened;

try {
  if (!reuse) await importAndGrow();
  await timeQueries();
} finally {
  await opened.close();
  temporary?.remove();
}

function cpuSeconds(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
}

async function importAndGrow(): Promise<void> {
  // 1. Import with analysis and indexing.
  let started = performance.now();
  const cpu = process.cpuUsage();
  // Issue 3's import is search analysis and indexing: entity tags deferred, as `sahifa import
  // --defer-tags` runs it (the import with tags, issue 5's ≥ 500/s, is bench/import-speed.ts's).
  const summary = await importJsonl(db, ANT_FILE, { entityTags: 'defer' });
  const importCpu = cpuSeconds(cpu);
  const importSeconds = (performance.now() - started) / 1000;
  const imported = summary.imported;
  console.log(`import: ${imported} ANT articles in ${importSeconds.toFixed(1)} s, analysis and indexing included = ${Math.round(imported / importSeconds)} articles/s (target >= 1000)`);
  console.log(`  CPU time: ${importCpu.toFixed(1)} s = ${Math.round(imported / importCpu)} articles per CPU-second`);

  // The reference article among all ANT articles (issue 3, section 5).
  const reference = parseRawCopy(fs.readFileSync(REFERENCE_FILE, 'utf8'));
  const referenceId = await db.transaction().execute(async (trx) => {
    const id = await insertArticle(trx, toNewArticleRow({ ...reference, publishedAt: '2023-02-28T08:00:00Z' }, new Date()));
    await syncSearchIndex(trx, [id]);
    return id;
  });
  const referenceResult = await sqliteSearchIndex.search(db, { text: 'بلينكن كازاخستان', limit: 10, offset: 0 });
  const referenceRank = referenceResult.hits.findIndex((hit) => hit.id === referenceId) + 1;
  console.log(`بلينكن كازاخستان among all ${imported + 1} articles: the reference article ranks ${referenceRank || 'beyond 10'} of ${referenceResult.total}`);

  // 2. Grow to the target size with copies of the articles under new ids, indexed like the rest.
  started = performance.now();
  const original = (await sql<{ max: number }>`SELECT max(id) AS max FROM articles`.execute(db)).rows[0]?.max ?? 0;
  for (let copy = 1; (await sql<{ n: number }>`SELECT count(*) AS n FROM articles`.execute(db)).rows[0]!.n < TARGET_ARTICLES; copy += 1) {
    const missing = TARGET_ARTICLES - (await sql<{ n: number }>`SELECT count(*) AS n FROM articles`.execute(db)).rows[0]!.n;
    insertArticleCopies(sqlite, copy, original, missing);
  }
  await rebuildSearchIndex(db);
  const total = await countSearchDocuments(db);
  console.log(`grown to ${total} indexed articles in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/** What kind of query a reader typed, for figures by kind. */
function kindOf(query: string): string {
  if (query.startsWith('ما هي')) return 'questions typed in full';
  if (query.startsWith('"')) return 'quoted phrases';
  if (query.includes(' -')) return 'words with an -exclusion';
  const words = query.split(' ').length;
  return `${words} word${words > 1 ? 's' : ''}`;
}

function load(): string {
  return os.loadavg().map((value) => value.toFixed(2)).join(', ');
}

async function timeSearch(name: string, index: SearchIndex, queries: string[]): Promise<void> {
  const times: number[] = [];
  const cpuTimes: number[] = [];
  const byKind = new Map<string, number[]>();
  let hits = 0;
  for (const text of queries) {
    const begin = performance.now();
    const cpu = process.cpuUsage();
    const result = await index.search(db, { text, limit: 10, offset: 0 });
    const elapsed = performance.now() - begin;
    times.push(elapsed);
    cpuTimes.push(cpuSeconds(cpu) * 1000);
    byKind.set(kindOf(text), [...(byKind.get(kindOf(text)) ?? []), elapsed]);
    hits += result.hits.length;
  }
  console.log(`${name}: ${describe(times)}; ${(hits / queries.length).toFixed(1)} hits/query (load average ${load()})`);
  console.log(`  CPU time per query: ${describe(cpuTimes)}`);
  for (const [kind, kindTimes] of [...byKind].sort()) console.log(`  ${kind} (${kindTimes.length}): ${describe(kindTimes)}`);
}

async function timeQueries(): Promise<void> {
  // 3. Queries; the warm-up (JIT, page cache) runs other queries than those timed, through another index object.
  const titles = readAnt().map((record) => record.title);
  const generated = realisticQueries(titles, QUERY_COUNT + 50);
  const queries = generated.slice(0, QUERY_COUNT);
  const warmUp = createSqliteSearchIndex({ cacheRows: 0 });
  for (const text of generated.slice(QUERY_COUNT)) await warmUp.search(db, { text, limit: 10, offset: 0 });

  console.log(`target: p95 <= 20 ms for Sahifa with snippets, 10 hits a query (load average ${load()}, ${os.cpus().length} cores)`);
  await timeSearch('Sahifa, reading the index afresh for every query', createSqliteSearchIndex({ cacheRows: 0 }), queries);
  const cache = new IndexReadCache({ maxRows: 1_000_000 });
  await timeSearch('Sahifa as it runs (memo of index reads, empty at the start)', createSqliteSearchIndex({ cache }), queries);
  console.log(`  memo: ${cache.hits} reads reused, ${cache.misses} made`);

  // Baseline: plain FTS5 on the raw text, OR of the words, ids only.
  const started = performance.now();
  if (sqlite.prepare(`SELECT count(*) FROM sqlite_master WHERE name = 'baseline'`).pluck().get() === 0) {
    sqlite.exec(`CREATE VIRTUAL TABLE baseline USING fts5(title, body, tokenize = 'unicode61')`);
    sqlite.exec(`INSERT INTO baseline (rowid, title, body) SELECT id, title, sections FROM articles`);
    console.log(`baseline index built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  const baseline = sqlite.prepare('SELECT rowid FROM baseline WHERE baseline MATCH ? ORDER BY rank LIMIT 10').pluck();
  const baselineTimes: number[] = [];
  const baselineCpu: number[] = [];
  for (const text of queries) {
    const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
    const begin = performance.now();
    const cpu = process.cpuUsage();
    if (words.length > 0) baseline.all(words.map((word) => `"${word}"`).join(' OR '));
    baselineTimes.push(performance.now() - begin);
    baselineCpu.push(cpuSeconds(cpu) * 1000);
  }
  console.log(`baseline, FTS5 unicode61 OR, same queries, ids only: ${describe(baselineTimes)} (load average ${load()})`);
  console.log(`  CPU time per query: ${describe(baselineCpu)}`);

  console.log(`peak memory (max RSS): ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
}
