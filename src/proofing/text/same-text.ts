const LINE_KEYS = Symbol('line keys');

/** Every line's comparable form, computed once for the rules that compare lines. */
export function lineKeysOf(document: ProofDocument): string[] {
  return document.derive(LINE_KEYS, () => document.lines.map((line) => sameTextKey(line.text)));
}

/** The comparable form of a line or sentence: spaces evened out, harakat, tatweel and joiners dropped. */
import { bareWord } from './arabic-chars.ts';
import type { ProofDocument } from './proof-document.ts';

export function sameTextKey(text: string): string {
  const bare = bareWord(text).trim();
  return hasUnevenSpace(bare) ? bare.replace(/\s+/g, ' ') : bare;
}

/** Two whitespace characters in a row, or one that is not a plain space (a loop: cheaper than a RegExp here). */
function hasUnevenSpace(text: string): boolean {
  let previousSpace = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    const space = code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x0a || code === 0x0d;
    if (space && (previousSpace || code !== 0x20)) return true;
    previousSpace = space;
  }
  return false;
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => word !== '').length;
}

/** Whether a text has at least `atLeast` words, counted without splitting it. */
export function hasWords(text: string, atLeast: number): boolean {
  let words = 0;
  let inWord = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    const space = code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0xa0;
    if (!space && !inWord && (words += 1) >= atLeast) return true;
    inWord = !space;
  }
  return false;
}
