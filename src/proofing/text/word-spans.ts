/**
 * Splits text into Arabic words, Latin words and numbers with their offsets: a span tokenizer of the
 * proofing rules' own, so rules point at exact characters whatever the language core's tokenizer becomes.
 */
import { bareWord, isArabicLetter, isArabicWordChar, isDigit, isLatinLetter } from './arabic-chars.ts';

export type WordKind = 'arabic' | 'latin' | 'number';

export interface WordSpan {
  /** The word exactly as written, harakat and tatweel included. */
  text: string;
  /** Arabic words without harakat, tatweel and joiners; other words as written. */
  bare: string;
  start: number;
  end: number;
  kind: WordKind;
  /** Position in the document's list of words. */
  index: number;
}

/** A separator counts inside a number only between digits: `1.25`, `2,500`, `١٫٢٥`; not the full stop of `2023.`. */
function isNumberSeparator(code: number): boolean {
  return code === 0x2e || code === 0x2c || code === 0x066b || code === 0x066c;
}

function isLatinWordChar(code: number): boolean {
  return isLatinLetter(code) || (code >= 0x30 && code <= 0x39) || code === 0x27 || code === 0x2019;
}

export function scanWords(text: string): WordSpan[] {
  const words: WordSpan[] = [];
  const length = text.length;
  let position = 0;
  while (position < length) {
    const code = text.charCodeAt(position);
    const start = position;
    let kind: WordKind;
    if (isArabicLetter(code)) {
      kind = 'arabic';
      position += 1;
      while (position < length && isArabicWordChar(text.charCodeAt(position))) position += 1;
      // A trailing joiner or tatweel before a quote (`بـ"`) stays with the word: it marks the prefix.
    } else if (isDigit(code)) {
      kind = 'number';
      position += 1;
      while (position < length) {
        const next = text.charCodeAt(position);
        if (isDigit(next)) position += 1;
        else if (isNumberSeparator(next) && position + 1 < length && isDigit(text.charCodeAt(position + 1))) position += 2;
        else break;
      }
    } else if (isLatinLetter(code)) {
      kind = 'latin';
      position += 1;
      while (position < length && isLatinWordChar(text.charCodeAt(position))) position += 1;
    } else {
      position += 1;
      continue;
    }
    const word = text.slice(start, position);
    words.push({ text: word, bare: kind === 'arabic' ? bareWord(word) : word, start, end: position, kind, index: words.length });
  }
  return words;
}
