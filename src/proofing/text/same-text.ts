/** The comparable form of a line or sentence: spaces evened out, harakat, tatweel and joiners dropped. */
import { bareWord } from './arabic-chars.ts';

export function sameTextKey(text: string): string {
  const bare = bareWord(text).trim();
  return /\s\s|[\t\u00a0]/.test(bare) ? bare.replace(/\s+/g, ' ') : bare;
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => word !== '').length;
}
