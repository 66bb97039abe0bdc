/**
 * The ANT news corpus as the proofing benchmarks use it: one record per distinct body, split once into
 * a fixed test sample of 1,000 articles and the rest (from which the news word list is built).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export const ANT_FILE = path.resolve(import.meta.dirname, '../../shared/data/ant-multisource/ant_multisource_v2.1.jsonl.gz');
export const TEST_SAMPLE_SIZE = 1000;

export interface AntArticle {
  id: string;
  title: string;
  body: string;
  source: string;
}

/** The article as an editor would paste it: headline, then one paragraph a line. */
export function articleText(article: AntArticle): string {
  return `${article.title}\n${article.body}`;
}

/** Exits with a message (status 0) when the shared corpus is not beside the repository. */
export function antOrSkip(): AntArticle[] {
  if (!fs.existsSync(ANT_FILE)) {
    console.log(`skipped: ${ANT_FILE} not found (the benchmark needs ../shared/data beside the repository)`);
    process.exit(0);
  }
  const seenBodies = new Set<string>();
  const seenUrls = new Set<string>();
  const articles: AntArticle[] = [];
  for (const line of zlib.gunzipSync(fs.readFileSync(ANT_FILE)).toString('utf8').split('\n')) {
    if (line.trim() === '') continue;
    const record = JSON.parse(line) as { id: string; title: string; body: string; source: string; url: string | null };
    if (record.body.trim() === '' || seenBodies.has(record.body) || (record.url !== null && seenUrls.has(record.url))) continue;
    seenBodies.add(record.body);
    if (record.url !== null) seenUrls.add(record.url);
    articles.push({ id: record.id, title: record.title, body: record.body, source: record.source });
  }
  return articles;
}

function sampleKey(article: AntArticle): string {
  return createHash('sha1').update(article.id).digest('hex');
}

/** A fixed pseudo-random split by hashed id: the same articles on every machine and every run. */
export function splitCorpus(articles: AntArticle[]): { test: AntArticle[]; rest: AntArticle[] } {
  const ordered = [...articles].sort((left, right) => (sampleKey(left) < sampleKey(right) ? -1 : 1));
  return { test: ordered.slice(0, TEST_SAMPLE_SIZE), rest: ordered.slice(TEST_SAMPLE_SIZE) };
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}
