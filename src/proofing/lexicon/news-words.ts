/**
 * The news word list: word forms seen in at least two published articles of the ANT corpus, commonest
 * first, built by bench/proofing-lexicon.ts from the articles the benchmarks do not test on; then forms
 * seen once that Hunspell accepts, listed only to spare asking Hunspell about them again; last, the
 * ranked forms Hunspell rejects, so Hunspell's verdict on every listed word is known without asking.
 */
import fs from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

export const NEWS_WORDS_FILE = fileURLToPath(new URL('./news-words.txt.gz', import.meta.url));

/** Separates the ranked words from the unranked ones Hunspell accepts. */
export const ACCEPTED_MARKER = '#accepted';
/** Then come the ranked words Hunspell rejects. */
export const NOT_IN_HUNSPELL_MARKER = '#not-in-hunspell';

export interface NewsWords {
  /** Commonest first. */
  ranked: string[];
  /** Seen once, accepted by Hunspell: known, but no measure of how common. */
  accepted: string[];
  /** Ranked words that Hunspell rejects; every other listed word it accepts. */
  notInHunspell: string[];
}

export async function loadNewsWords(file = NEWS_WORDS_FILE): Promise<NewsWords> {
  const lines = zlib.gunzipSync(await fs.readFile(file)).toString('utf8').split('\n');
  const section = (marker: string | undefined, next: string | undefined) => {
    const from = marker === undefined ? 0 : lines.indexOf(marker) + 1;
    const to = next === undefined || !lines.includes(next) ? lines.length : lines.indexOf(next);
    return from === 0 && marker !== undefined ? [] : lines.slice(from, to).filter((line) => line !== '' && !line.startsWith('#'));
  };
  return {
    ranked: section(undefined, ACCEPTED_MARKER),
    accepted: section(ACCEPTED_MARKER, NOT_IN_HUNSPELL_MARKER),
    notInHunspell: section(NOT_IN_HUNSPELL_MARKER, undefined),
  };
}
