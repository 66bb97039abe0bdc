/**
 * The news word list: word forms seen in at least two published articles of the ANT corpus, commonest
 * first, built by bench/proofing-lexicon.ts from the articles the benchmarks do not test on.
 */
import fs from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

export const NEWS_WORDS_FILE = fileURLToPath(new URL('./news-words.txt.gz', import.meta.url));

export async function loadNewsWords(file = NEWS_WORDS_FILE): Promise<string[]> {
  const text = zlib.gunzipSync(await fs.readFile(file)).toString('utf8');
  return text.split('\n').filter((line) => line !== '' && !line.startsWith('#'));
}
