/** Lays ANERcorp tokens out as text (joined by spaces) and maps Sahifa's words and spans back to token indices. */
import type { GoldToken } from './entities-anercorp-data.ts';
import { splitWords, type Word } from '../src/entities/text/words.ts';

export interface AlignedText {
  text: string;
  /** Character offset where each gold token starts. */
  tokenStarts: number[];
  words: Word[];
  /** Gold token index of each word. */
  tokenOfWord: number[];
}

export function alignTokens(tokens: readonly GoldToken[]): AlignedText {
  const tokenStarts: number[] = [];
  let text = '';
  for (const token of tokens) {
    if (text !== '') text += ' ';
    tokenStarts.push(text.length);
    text += token.text;
  }
  const words = splitWords(text);
  const tokenOfWord = words.map((word) => tokenAt(tokenStarts, word.start));
  return { text, tokenStarts, words, tokenOfWord };
}

/** The index of the token containing character `offset`. */
export function tokenAt(tokenStarts: readonly number[], offset: number): number {
  let low = 0;
  let high = tokenStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((tokenStarts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Gold labels for Sahifa's words: the first word of a B- token keeps B-, the rest continue with I-. */
export function wordLabels(aligned: AlignedText, tokens: readonly GoldToken[]): string[] {
  return aligned.words.map((_, index) => {
    const token = aligned.tokenOfWord[index] ?? 0;
    const tag = tokens[token]?.tag ?? 'O';
    const firstOfToken = index === 0 || aligned.tokenOfWord[index - 1] !== token;
    return tag.startsWith('B-') && !firstOfToken ? `I-${tag.slice(2)}` : tag;
  });
}
