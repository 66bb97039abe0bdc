/** Reads one of the hand-kept list files beside this module: `|`-separated fields, `#` comments. */
import fs from 'node:fs';

export function readList(fileName: string): string[][] {
  const text = fs.readFileSync(new URL(`./${fileName}`, import.meta.url), 'utf8');
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => line.split('|').map((field) => field.trim()).filter((field) => field !== ''));
}
