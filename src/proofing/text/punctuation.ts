/** Punctuation marks and the neighbourhood helpers the punctuation rules share. */
import { isArabicLetter, isInlineSpace } from './arabic-chars.ts';

/** Marks that end a clause or sentence: Arabic and Latin comma, semicolon, question mark, and . ! : */
export const CLAUSE_MARKS = new Set(['،', '؛', '؟', ',', ';', '?', '.', '!', ':']);

export const ARABIC_FOR_LATIN: Readonly<Record<string, string>> = { ',': '،', ';': '؛', '?': '؟' };

/** Closing quotes and brackets that may stand between a word and its punctuation. */
export const CLOSING_MARKS = new Set(['"', '»', '”', ')', ']', "'"]);

/** The offset of the nearest character before `index` that is not an inline space, or -1. */
export function previousNonSpace(text: string, index: number): number {
  let position = index - 1;
  while (position >= 0 && isInlineSpace(text.charCodeAt(position))) position -= 1;
  return position;
}

/** The nearest letter or digit before `index` on the same line, skipping quotes, brackets and spaces. */
export function previousLetter(text: string, index: number): number {
  for (let position = index - 1; position >= 0; position -= 1) {
    const char = text[position] as string;
    if (char === '\n' || char === '\r') return -1;
    if (/[\p{L}\p{N}]/u.test(char)) return position;
    if (!CLOSING_MARKS.has(char) && !isInlineSpace(char.charCodeAt(0)) && char !== '\u0640') return -1;
  }
  return -1;
}

/** The nearest letter or digit after `index` on the same line, skipping quotes, brackets and spaces. */
export function nextLetter(text: string, index: number): number {
  for (let position = index + 1; position < text.length; position += 1) {
    const char = text[position] as string;
    if (char === '\n' || char === '\r') return -1;
    if (/[\p{L}\p{N}]/u.test(char)) return position;
    if (!'"«“(['.includes(char) && !isInlineSpace(char.charCodeAt(0))) return -1;
  }
  return -1;
}

export function isArabicAt(text: string, index: number): boolean {
  return index >= 0 && isArabicLetter(text.charCodeAt(index));
}
