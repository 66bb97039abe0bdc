/**
 * Builds `demo/ant-sample.jsonl.gz`, the demo content's sample of the ANT corpus (Apache-2.0; see
 * NOTICE): 50 articles per category, spread over the sources, unique URLs, bodies of news length.
 * Run: `npx tsx scripts/make-demo-sample.ts [path/to/ant_multisource_v2.1.jsonl.gz]`.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import readline from 'node:readline';
import zlib from 'node:zlib';

const input = process.argv[2] ?? new URL('../../shared/data/ant-multisource/ant_multisource_v2.1.jsonl.gz', import.meta.url).pathname;
const output = new URL('../demo/ant-sample.jsonl.gz', import.meta.url).pathname;
const PER_CATEGORY = 50;

interface AntRecord {
  id: string;
  title: string;
  body: string;
  category: string;
  date: string;
  source: string;
  url: string;
  author?: string;
}

if (!fs.existsSync(input)) {
  console.error(`no ANT corpus at ${input}; pass its path as the first argument`);
  process.exit(1);
}

const byCategory = new Map<string, Map<string, AntRecord[]>>();
const seenUrls = new Set<string>();
const lines = readline.createInterface({ input: fs.createReadStream(input).pipe(zlib.createGunzip()), crlfDelay: Infinity });
for await (const line of lines) {
  if (!line.trim()) continue;
  const record = JSON.parse(line) as AntRecord;
  const words = record.body.split(/\s+/).length;
  if (words < 120 || words > 900 || seenUrls.has(record.url) || !record.title.trim()) continue;
  seenUrls.add(record.url);
  const sources = byCategory.get(record.category) ?? new Map<string, AntRecord[]>();
  const list = sources.get(record.source) ?? [];
  list.push(record);
  sources.set(record.source, list);
  byCategory.set(record.category, sources);
}

// A stable pseudo-random order, so that re-running the script gives the same sample.
const rank = (record: AntRecord) => createHash('sha1').update(record.id).digest('hex');
const sample: AntRecord[] = [];
for (const [, sources] of [...byCategory].sort(([a], [b]) => a.localeCompare(b))) {
  const queues = [...sources.values()].map((list) => list.sort((a, b) => rank(a).localeCompare(rank(b))));
  const picked: AntRecord[] = [];
  while (picked.length < PER_CATEGORY && queues.some((queue) => queue.length > 0)) {
    for (const queue of queues) {
      const next = queue.shift();
      if (next && picked.length < PER_CATEGORY) picked.push(next);
    }
  }
  sample.push(...picked);
}

const body = sample
  .map(({ id, title, body: text, category, date, source, url, author }) =>
    JSON.stringify({ id, title, body: text, category, date, source, url, ...(author ? { author } : {}) }),
  )
  .join('\n');
fs.mkdirSync(new URL('../demo/', import.meta.url), { recursive: true });
fs.writeFileSync(output, zlib.gzipSync(`${body}\n`, { level: 9 }));
console.log(`${sample.length} articles → ${output} (${(fs.statSync(output).size / 1024).toFixed(0)} KB)`);
