/** Loads the shared corpora the benchmarks run on: ANT news articles and ARCD questions. */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export const DATA_DIRECTORY = path.resolve(import.meta.dirname, '../../shared/data');
export const ANT_FILE = path.join(DATA_DIRECTORY, 'ant-multisource/ant_multisource_v2.1.jsonl.gz');
export const ARCD_TEST_FILE = path.join(DATA_DIRECTORY, 'arcd/arcd-test.json');

export interface AntRecord {
  id: string;
  title: string;
  body: string;
  category: string | null;
  source: string | null;
  url: string | null;
  date: string | null;
}

export function requireData(file: string): void {
  if (!fs.existsSync(file)) {
    console.error(`missing ${file}: the benchmarks need the shared corpora (../shared/data beside the repository)`);
    process.exit(2);
  }
}

export function readAnt(): AntRecord[] {
  requireData(ANT_FILE);
  return zlib
    .gunzipSync(fs.readFileSync(ANT_FILE))
    .toString('utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as AntRecord);
}

/** ANT with one record per URL: the corpus files the same story under two categories. */
export function uniqueByUrl(records: AntRecord[]): AntRecord[] {
  const seen = new Set<string>();
  return records.filter((record) => {
    const key = record.url ?? record.id;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export interface ArcdQuestion {
  question: string;
  /** Index of the paragraph that answers it in `paragraphs`. */
  paragraph: number;
}

export function readArcdTest(): { paragraphs: string[]; questions: ArcdQuestion[] } {
  requireData(ARCD_TEST_FILE);
  const data = JSON.parse(fs.readFileSync(ARCD_TEST_FILE, 'utf8')) as {
    data: { paragraphs: { context: string; qas: { question: string }[] }[] }[];
  };
  const paragraphs: string[] = [];
  const questions: ArcdQuestion[] = [];
  for (const article of data.data) {
    for (const paragraph of article.paragraphs) {
      for (const qa of paragraph.qas) questions.push({ question: qa.question, paragraph: paragraphs.length });
      paragraphs.push(paragraph.context);
    }
  }
  return { paragraphs, questions };
}

/**
 * Ids 1…count in a fixed pseudo-random order: documents[i] gets ids[i]. Mixing the ARCD paragraphs
 * among the news articles keeps them from all being the oldest (or newest) rows of the index.
 */
export function shuffledIds(count: number, seed = 2026): number[] {
  const ids = Array.from({ length: count }, (_unused, index) => index + 1);
  let state = seed;
  for (let index = count - 1; index > 0; index -= 1) {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    const other = state % (index + 1);
    [ids[index], ids[other]] = [ids[other] as number, ids[index] as number];
  }
  return ids;
}
