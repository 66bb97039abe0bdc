/** The comparable form of a line or sentence: spaces evened out, harakat, tatweel and joiners dropped. */
import { bareWord } from './arabic-chars.ts';

export function sameTextKey(text: string): string {
  return bareWord(text).replace(/\s+/g, ' ').trim();
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => word !== '').length;
}
