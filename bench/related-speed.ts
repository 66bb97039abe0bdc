/**
 * Related-stories speed. (1) The bulk-import write path on all ANT articles, the related step (term
 * counting, document frequencies, term index, queueing) timed apart from the rest of the write
 * (articles and search index), so its share of the import rate shows. (2) The archive grown to
 * 100,000 articles (ANT repeated under new ids, indexed the same way). (3) For a few hundred articles
 * drawn at random: ranking their related stories from the index (what a read of a queued article
 * costs), the whole update (ranking, storing the list, entering the lists of older stories: what each
 * new article costs), and reading a stored list; beside them the baseline, a more-like-this query on
 * the FTS5 search index (OR of the same strongest terms, ranked by bm25).
 *
 *   npx tsx bench/related-speed.ts [--articles 100000] [--samples 300] [--database FILE]
 *
 * With --database, an existing file is reused (no import; grown if smaller than --articles), a new one is kept. Wall-clock
 * times beside CPU times, as other work on a shared machine inflates the former.
 */
import fs from 'node:fs';
import os from 'node:os';
import { sql } from 'kysely';
import { insertArticlesSkippingKnownExternalIds } from '../src/articles/article.repository.ts';
import { toNewArticleRow } from '../src/articles/article-mapper.ts';
import { createCategoryResolver } from '../src/articles/resolve-category.ts';
import { openDatabase } from '../src/db/open-database.ts';
import { checkImportLine, importRecordToDraft } from '../src/ingest/jsonl/import-record.ts';
import { bumpContentVersion } from '../src/publishing/content-version.ts';
import { getRelatedStories, refreshRelatedStories } from '../src/related/index.ts';
import { rankRelated } from '../src/related/rank-related.ts';
import { loadSubjects, updateRelatedLists } from '../src/related/update-related-lists.ts';
import { syncSearchIndex } from '../src/search/sync-search-index.ts';
import { analyze } from '../src/arabic/analyze.ts';
import { findRelatedSources } from '../src/related/related.repository.ts';
import { seededRandom } from '../src/lib/seeded-random.ts';
import { createTemporaryDirectory } from '../src/test-support/test-database.ts';
import { numberOption, percentile, textOption } from './bench-options.ts';
import { ANT_FILE, readAnt, requireData } from './corpora.ts';
import { insertArticleCopies } from './grow-archive.ts';


const TARGET_ARTICLES = numberOption('articles', 100_000);
const SAMPLES = numberOption('samples', 300);
const BATCH = 1_000;

function describe(times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  return `p50 ${percentile(sorted, 50).toFixed(2)} ms, p95 ${percentile(sorted, 95).toFixed(2)} ms, max ${(sorted.at(-1) ?? NaN).toFixed(2)} ms`;
}
function cpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

requireData(ANT_FILE);
console.log(`load average ${os.loadavg().map((value) => value.toFixed(2)).join(' ')} on ${os.cpus().length} cores`);
const kept = textOption('database');
const reuse = kept !== undefined && fs.existsSync(kept);
const temporary = kept === undefined ? createTemporaryDirectory('sahifa-related-bench-') : undefined;
const opened = await openDatabase(kept ?? `${temporary?.directory}/bench.db`);
const { db, sqlite } = opened;

try {
  if (!reuse) await importAnt();
  if (Number(sqlite.prepare('SELECT count(*) FROM articles').pluck().get()) < TARGET_ARTICLES) await grow();
  await timeRelated();
} finally {
  await opened.close();
  temporary?.remove();
}

/** The import's write path, batch by batch, with the related step timed apart. */
async function importAnt(): Promise<void> {
  const records = readAnt();
  const resolveCategory = createCategoryResolver();
  const now = new Date();
  let restMs = 0;
  let relatedMs = 0;
  let restCpu = 0;
  let relatedCpu = 0;
  let imported = 0;
  for (let start = 0; start < records.length; start += BATCH) {
    const batch = records.slice(start, start + BATCH);
    await db.transaction().execute(async (trx) => {
      let began = performance.now();
      let cpu = process.cpuUsage();
      const rows = [];
      for (const record of batch) {
        const check = checkImportLine(JSON.stringify(record));
        if (check.kind !== 'valid') continue;
        const categoryId = record.category ? await resolveCategory(trx, record.category) : null;
        const draft = importRecordToDraft(check.record, check.publishedAt, categoryId, now);
        if (draft) rows.push(toNewArticleRow(draft, now));
      }
      const ids = await insertArticlesSkippingKnownExternalIds(trx, rows);
      await syncSearchIndex(trx, ids);
      await bumpContentVersion(trx);
      restMs += performance.now() - began;
      restCpu += cpuMs(cpu);
      began = performance.now();
      cpu = process.cpuUsage();
      await refreshRelatedStories(trx, ids);
      relatedMs += performance.now() - began;
      relatedCpu += cpuMs(cpu);
      imported += ids.length;
    });
  }
  const rate = (ms: number) => Math.round(imported / (ms / 1000));
  console.log(`import of ${imported} ANT articles, batches of ${BATCH}:`);
  console.log(`  articles + search index (baseline): ${(restMs / 1000).toFixed(1)} s = ${rate(restMs)} articles/s (CPU ${rate(restCpu)}/s)`);
  console.log(`  + related step:                    ${(relatedMs / 1000).toFixed(1)} s = ${(relatedMs / imported).toFixed(3)} ms/article (CPU ${(relatedCpu / imported).toFixed(3)} ms)`);
  console.log(`  together: ${rate(restMs + relatedMs)} articles/s (CPU ${rate(restCpu + relatedCpu)}/s)`);
}

/**
 * ANT copied under new ids up to the target. The copies' term index rows are copied with them (a
 * copy's vector is its original's) rather than computed again: the import path is timed above, and
 * this keeps growing a database on a shared machine to minutes.
 */
async function grow(): Promise<void> {
  const began = performance.now();
  const original = Number(sqlite.prepare('SELECT max(id) FROM articles WHERE external_id NOT LIKE \'%#%\'').pluck().get());
  const count = () => Number(sqlite.prepare('SELECT count(*) FROM articles').pluck().get());
  for (let copy = 1; count() < TARGET_ARTICLES; copy += 1) {
    const missing = TARGET_ARTICLES - count();
    sqlite.transaction(() => {
      insertArticleCopies(sqlite, copy, original, missing);
      sqlite
        .prepare(
          `INSERT INTO related_documents (article_id, terms, category_id, published_at, title_key, body_key)
           SELECT c.id, d.terms, d.category_id, d.published_at, d.title_key, d.body_key
           FROM articles c JOIN articles o ON c.external_id = o.external_id || '#' || ? JOIN related_documents d ON d.article_id = o.id`,
        )
        .run(copy);
      sqlite
        .prepare(
          `INSERT INTO related_terms (term, article_id, weight)
           SELECT t.term, c.id, t.weight FROM articles c JOIN articles o ON c.external_id = o.external_id || '#' || ? JOIN related_terms t ON t.article_id = o.id`,
        )
        .run(copy);
    })();
  }
  const documents = Number(sqlite.prepare('SELECT count(*) FROM related_documents').pluck().get());
  sqlite.prepare(`INSERT OR REPLACE INTO meta (key, value) VALUES ('related_document_count', ?)`).run(String(documents));
  console.log(`grown to ${count()} articles (${documents} in the term index) in ${((performance.now() - began) / 1000).toFixed(1)} s`);
}

async function timeRelated(): Promise<void> {
  const total = Number(sqlite.prepare('SELECT count(*) FROM related_documents').pluck().get());
  const maxId = Number(sqlite.prepare('SELECT max(article_id) FROM related_documents').pluck().get());
  const random = seededRandom(2026);
  const ids = new Set<number>();
  while (ids.size < SAMPLES) ids.add(1 + Math.floor(random() * maxId));
  const subjects = await loadSubjects(db, [...ids]);
  console.log(`${subjects.length} articles drawn among ${total} indexed`);
  for (const subject of subjects.slice(0, 20)) await rankRelated(db, subject);

  const rankTimes: number[] = [];
  const rankCpu: number[] = [];
  let found = 0;
  for (const subject of subjects) {
    const began = performance.now();
    const cpu = process.cpuUsage();
    found += (await rankRelated(db, subject)).length;
    rankTimes.push(performance.now() - began);
    rankCpu.push(cpuMs(cpu));
  }
  console.log(`Sahifa, rank one article's related stories: ${describe(rankTimes)} (target <= 20 ms); CPU ${describe(rankCpu)}; ${(found / subjects.length).toFixed(1)} stories each`);

  const updateTimes: number[] = [];
  const updateCpu: number[] = [];
  for (const subject of subjects) {
    const began = performance.now();
    const cpu = process.cpuUsage();
    await db.transaction().execute((trx) => updateRelatedLists(trx, [subject.id]));
    updateTimes.push(performance.now() - began);
    updateCpu.push(cpuMs(cpu));
  }
  console.log(`Sahifa, whole update (rank, store, enter older lists), one transaction each: ${describe(updateTimes)}; CPU ${describe(updateCpu)}`);

  const readTimes: number[] = [];
  for (const subject of subjects) {
    const began = performance.now();
    await getRelatedStories(db, subject.id);
    readTimes.push(performance.now() - began);
  }
  console.log(`reading a stored list as the page does (articles included): ${describe(readTimes)}`);

  // Baseline: more-like-this on plain FTS5 (unicode61 over the raw text), the subject's strongest terms
  // as written in it OR-ed, ranked by bm25, ids only.
  if (Number(sqlite.prepare(`SELECT count(*) FROM sqlite_master WHERE name = 'mlt_baseline'`).pluck().get()) === 0) {
    const began = performance.now();
    sqlite.exec(`CREATE VIRTUAL TABLE mlt_baseline USING fts5(title, body, tokenize = 'unicode61')`);
    sqlite.exec(`INSERT INTO mlt_baseline (rowid, title, body) SELECT id, title, sections FROM articles`);
    console.log(`baseline FTS5 table built in ${((performance.now() - began) / 1000).toFixed(1)} s`);
  }
  const baseline = sqlite.prepare('SELECT rowid FROM mlt_baseline WHERE mlt_baseline MATCH ? ORDER BY rank LIMIT 50').pluck();
  const texts = new Map((await findRelatedSources(db, subjects.map((subject) => subject.id))).map((source) => [source.id, `${source.title} ${source.sections}`]));
  const baselineTimes: number[] = [];
  const baselineCpu: number[] = [];
  for (const subject of subjects) {
    // Each strong stem as the article writes it most often.
    const text = texts.get(subject.id) ?? '';
    const surface = new Map<string, Map<string, number>>();
    for (const token of analyze(text)) {
      const forms = surface.get(token.term) ?? new Map<string, number>();
      const word = text.slice(token.start, token.end);
      forms.set(word, (forms.get(word) ?? 0) + 1);
      surface.set(token.term, forms);
    }
    const words = subject.vector.flatMap(([term]) => {
      const forms = [...(surface.get(term) ?? new Map<string, number>())].sort((a, b) => b[1] - a[1]);
      return forms[0] ? [`"${forms[0][0].replaceAll('"', '""')}"`] : [];
    });
    if (words.length === 0) continue;
    const began = performance.now();
    const cpu = process.cpuUsage();
    baseline.all(words.join(' OR '));
    baselineTimes.push(performance.now() - began);
    baselineCpu.push(cpuMs(cpu));
  }
  console.log(`baseline, FTS5 more-like-this (unicode61, OR of the same ${subjects[0]?.vector.length ?? 0} words as written, bm25, ids only): ${describe(baselineTimes)}; CPU ${describe(baselineCpu)}`);
  console.log(`peak memory (max RSS): ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
}
