/** Splits text into words, numbers and single punctuation marks, each with its offsets and folded key. */
import { foldWord } from './fold.ts';

export type WordKind = 'word' | 'number' | 'mark';

export interface Word {
  /** As written: `text === source.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
  kind: WordKind;
  /** foldWord(text); for numbers, ASCII digits with `.` as the decimal point and no grouping. */
  key: string;
  /** The key's clitic-less stems, filled in on first use by wordStems (text/clitics.ts). */
  stems?: readonly import('./clitics.ts').Stem[];
}

const DIGIT = '0-9\\u0660-\\u0669\\u06F0-\\u06F9';
// Tatweel and joiners sit inside words; a separator belongs to a number only between digits (`1.25`, `2,500`).
const WORDS = new RegExp(
  `([\\p{L}\\p{M}\\u0640\\u200C\\u200D]+)|([${DIGIT}]+(?:[.,\\u066B\\u066C][${DIGIT}]+)*)|([^\\s\\p{Cf}])`,
  'gu',
);

/** `2,500` → `2500`, `١٫٢٥` → `1.25`; a lone comma after 1–3 digits and before exactly three is grouping. */
function numberKey(written: string): string {
  const ascii = foldWord(written).replace(/\u066C/g, ',').replace(/\u066B/g, '.');
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(ascii)) return ascii.replace(/,/g, '');
  return ascii.replace(/,/g, '.');
}

export function splitWords(text: string): Word[] {
  const words: Word[] = [];
  WORDS.lastIndex = 0;
  for (let match = WORDS.exec(text); match !== null; match = WORDS.exec(text)) {
    const written = match[0];
    const kind: WordKind = match[1] !== undefined ? 'word' : match[2] !== undefined ? 'number' : 'mark';
    const key = kind === 'number' ? numberKey(written) : kind === 'word' ? foldWord(written) : written;
    words.push({ text: written, start: match.index, end: match.index + written.length, kind, key });
  }
  return words;
}
