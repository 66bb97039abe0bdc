/** Reads the house word list: names, places and house spellings the proof-reader must accept. */
import fs from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { bareWord } from '../text/arabic-chars.ts';

const HOUSE_WORDS_FILE = fileURLToPath(new URL('./house-words.txt', import.meta.url));

/** One word a line; `#` starts a comment; several words on a line are read one by one. */
export function parseWordList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*/, '').trim())
    .filter((line) => line !== '')
    .flatMap((line) => line.split(/\s+/))
    .map(bareWord);
}

export async function loadHouseWords(file = HOUSE_WORDS_FILE): Promise<string[]> {
  return parseWordList(await fs.readFile(file, 'utf8'));
}
