/** Splits text into words, numbers, Latin words and hashtags, keeping each token's offsets in the original. */

export type TokenKind = 'arabic' | 'latin' | 'number' | 'hashtag';

export interface Token {
  /** The token exactly as written, harakat and tatweel included. */
  text: string;
  /** UTF-16 offsets into the original text: `text === original.slice(start, end)`. */
  start: number;
  end: number;
  /** `latin` covers every alphabetic script other than Arabic (Latin, Cyrillic, Greek…). */
  kind: TokenKind;
}

// Arabic letters, including Persian/Urdu letters and presentation forms (folded later by NFKC).
const ARABIC_LETTER = '\\u0621-\\u063A\\u0641-\\u064A\\u066E\\u066F\\u0671-\\u06D3\\u06D5\\u06EE\\u06EF\\u06FA-\\u06FC\\u06FF\\uFB50-\\uFDFB\\uFE70-\\uFEFC';
// Harakat, superscript alef, Quranic marks, tatweel and joiners never end a word: `مُحَمَّد` and `الـعربية` are one word each.
const ARABIC_IN_WORD = '\\u064B-\\u065F\\u0670\\u06D6-\\u06ED\\u0640\\u200C\\u200D';
const DIGIT = '0-9\\u0660-\\u0669\\u06F0-\\u06F9';
// A separator counts as part of a number only between digits: `1.25`, `2,500`, `١٫٢٥`, but not the full stop in `2023.`
const NUMBER_SEPARATOR = '.,\\u066B\\u066C';

const HASHTAG = `#[\\p{L}\\p{M}\\p{Nd}_\\u0640]*[\\p{L}\\p{Nd}][\\p{L}\\p{M}\\p{Nd}_\\u0640]*`;
const ARABIC_WORD = `[${ARABIC_LETTER}][${ARABIC_LETTER}${ARABIC_IN_WORD}]*`;
const NUMBER = `[${DIGIT}]+(?:[${NUMBER_SEPARATOR}][${DIGIT}]+)*`;
const LATIN_WORD = `[\\p{L}--[${ARABIC_LETTER}\\p{Script=Arabic}]][[\\p{L}\\p{M}\\p{Nd}]--[${ARABIC_LETTER}\\p{Script=Arabic}]]*`;

const TOKEN = new RegExp(`(${HASHTAG})|(${ARABIC_WORD})|(${NUMBER})|(${LATIN_WORD})`, 'gv');

/** Calls `visit` for each token in order, allocating nothing per token: the analyzer's hot loop. */
export function forEachToken(text: string, visit: (word: string, start: number, kind: TokenKind) => void): void {
  // A regex of its own per call: `visit` may tokenize again (hashtags), which would reset a shared lastIndex.
  const pattern = new RegExp(TOKEN);
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    visit(match[0], match.index, match[1] ? 'hashtag' : match[2] ? 'arabic' : match[3] ? 'number' : 'latin');
  }
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  forEachToken(text, (word, start, kind) => tokens.push({ text: word, start, end: start + word.length, kind }));
  return tokens;
}
