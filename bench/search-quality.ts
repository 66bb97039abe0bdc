/**
 * Search quality: every ARCD test question against its paragraph, mixed into all ANT article bodies
 * (one per URL) as distractors. Prints recall@1, recall@10 and MRR@10 for Sahifa's search and, on
 * the same documents in the same run, for plain FTS5 (`unicode61`, no analysis) with OR and with AND.
 *
 *   npx tsx bench/search-quality.ts [--verbose]
 */
import { sql } from 'kysely';
import { openDatabase } from '../src/db/open-database.ts';
import { createSqliteSearchIndex } from '../src/search/sqlite-search-index.ts';
import { readAnt, readArcdTest, shuffledIds, uniqueByUrl } from './corpora.ts';

interface Metrics {
  recallAt1: number;
  recallAt10: number;
  mrrAt10: number;
  msPerQuery: number;
}

function measure(ranks: (number | null)[], elapsedMs: number): Metrics {
  const count = ranks.length;
  const found = (k: number) => ranks.filter((rank) => rank !== null && rank <= k).length / count;
  const mrr = ranks.reduce<number>((sum, rank) => sum + (rank !== null && rank <= 10 ? 1 / rank : 0), 0) / count;
  return { recallAt1: found(1), recallAt10: found(10), mrrAt10: mrr, msPerQuery: elapsedMs / count };
}

function rankOf(ids: number[], wanted: number): number | null {
  const index = ids.indexOf(wanted);
  return index === -1 ? null : index + 1;
}

/** Words as unicode61 sees them: runs of letters and digits (it splits at harakat). */
function unicode61Words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}

const verbose = process.argv.includes('--verbose');
const ant = uniqueByUrl(readAnt()).filter((record) => record.body.trim() !== '');
const arcd = readArcdTest();
const opened = await openDatabase(':memory:');
const { db, sqlite } = opened;

// Documents: ARCD paragraphs and ANT bodies under shuffled ids, so that the paragraphs are neither the
// oldest nor the newest rows; titles are left out on both sides, as in the baseline.
const documents = [
  ...arcd.paragraphs.map((body) => ({ body, publishedAt: '2018-06-01T00:00:00.000Z' })),
  ...ant.map((record) => ({ body: record.body, publishedAt: new Date(Date.parse(record.date ?? '') || Date.UTC(2018, 5, 1)).toISOString() })),
];
console.log(`${arcd.questions.length} questions, ${documents.length} documents (${arcd.paragraphs.length} ARCD paragraphs + ${ant.length} ANT bodies)`);

const ids = shuffledIds(documents.length);
const indexStarted = performance.now();
const searchIndex = createSqliteSearchIndex({ now: () => new Date('2018-11-01T00:00:00Z') });
const BATCH = 1000;
for (let start = 0; start < documents.length; start += BATCH) {
  const batch = documents.slice(start, start + BATCH).map((doc, offset) => ({ ...doc, id: ids[start + offset] as number }));
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('articles')
      .values(
        batch.map((doc) => ({
          id: doc.id,
          title: '',
          slug: `doc-${doc.id}`,
          sections: JSON.stringify([{ heading: null, paragraphs: doc.body.split('\n') }]),
          published_at: doc.publishedAt,
          created_at: doc.publishedAt,
          updated_at: doc.publishedAt,
        })),
      )
      .execute();
    await searchIndex.index(
      trx,
      batch.map((doc) => ({ id: doc.id, title: '', body: doc.body, categoryId: null, source: null, publishedAt: doc.publishedAt })),
    );
  });
}
console.log(`indexed in ${((performance.now() - indexStarted) / 1000).toFixed(1)} s`);

sqlite.exec(`CREATE VIRTUAL TABLE baseline USING fts5(body, tokenize = 'unicode61')`);
const insertBaseline = sqlite.prepare('INSERT INTO baseline (rowid, body) VALUES (?, ?)');
sqlite.transaction(() => documents.forEach((doc, index) => insertBaseline.run(ids[index], doc.body)))();
const baselineSearch = sqlite.prepare('SELECT rowid AS id FROM baseline WHERE baseline MATCH ? ORDER BY rank LIMIT 10').pluck();

const sahifaRanks: (number | null)[] = [];
let started = performance.now();
for (const { question, paragraph } of arcd.questions) {
  const result = await searchIndex.search(db, { text: question, limit: 10, offset: 0 });
  const rank = rankOf(
    result.hits.map((hit) => hit.id),
    ids[paragraph] as number,
  );
  sahifaRanks.push(rank);
  if (verbose && rank !== 1) console.log(`${rank ?? '-'}\t${question}`);
}
const sahifa = measure(sahifaRanks, performance.now() - started);

const baselines: Record<string, Metrics> = {};
for (const operator of ['OR', 'AND']) {
  const ranks: (number | null)[] = [];
  started = performance.now();
  for (const { question, paragraph } of arcd.questions) {
    const words = unicode61Words(question);
    const found = words.length === 0 ? [] : (baselineSearch.all(words.map((word) => `"${word}"`).join(` ${operator} `)) as number[]);
    ranks.push(rankOf(found, ids[paragraph] as number));
  }
  baselines[`FTS5 unicode61 ${operator}`] = measure(ranks, performance.now() - started);
}

const rows = { Sahifa: sahifa, ...baselines };
console.log('\n| search | recall@1 | recall@10 | MRR@10 | ms/query |\n|---|---|---|---|---|');
for (const [name, metrics] of Object.entries(rows)) {
  console.log(
    `| ${name} | ${metrics.recallAt1.toFixed(3)} | ${metrics.recallAt10.toFixed(3)} | ${metrics.mrrAt10.toFixed(3)} | ${metrics.msPerQuery.toFixed(2)} |`,
  );
}
console.log('\ntargets: recall@10 >= 0.82, MRR@10 >= 0.65 (Lucene ArabicAnalyzer + BM25 on the same data: 0.785 / 0.614)');
const met = sahifa.recallAt10 >= 0.82 && sahifa.mrrAt10 >= 0.65;
console.log(met ? 'targets met' : 'targets NOT met');
await sql`SELECT 1`.execute(db);
await opened.close();
