/**
 * The news word list: word forms seen in at least two published articles of the ANT corpus, commonest
 * first, built by bench/proofing-lexicon.ts from the articles the benchmarks do not test on; then forms
 * seen once that Hunspell accepts, listed only to spare asking Hunspell about them again.
 */
import fs from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

export const NEWS_WORDS_FILE = fileURLToPath(new URL('./news-words.txt.gz', import.meta.url));

/** Separates the ranked words from the unranked ones Hunspell accepts. */
export const ACCEPTED_MARKER = '#accepted';

export interface NewsWords {
  /** Commonest first. */
  ranked: string[];
  /** Seen once, accepted by Hunspell: known, but no measure of how common. */
  accepted: string[];
}

export async function loadNewsWords(file = NEWS_WORDS_FILE): Promise<NewsWords> {
  const lines = zlib.gunzipSync(await fs.readFile(file)).toString('utf8').split('\n');
  const marker = lines.indexOf(ACCEPTED_MARKER);
  const words = (part: string[]) => part.filter((line) => line !== '' && !line.startsWith('#'));
  return marker === -1 ? { ranked: words(lines), accepted: [] } : { ranked: words(lines.slice(0, marker)), accepted: words(lines.slice(marker + 1)) };
}
