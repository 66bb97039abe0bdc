/** Folds Arabic text to one comparable form for matching and search; never used for display. */
import { toAsciiDigits } from './digits.ts';

/**
 * Harakat and tanween (U+064B–U+065F, which also covers hamza above/below as marks), superscript alef
 * (U+0670), Quranic annotation marks (U+06D6–U+06ED) and tatweel (U+0640): none changes the word.
 */
const DIACRITICS = /[\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;

/**
 * Invisible formatting characters that copy-paste leaves behind: Arabic letter mark, zero-width space and
 * joiners, bidi marks, embeddings and isolates, word joiner, BOM. A character-class body, for reuse.
 */
export const INVISIBLE_FORMATTING_CHARS = '\\u061C\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF';
const INVISIBLE_FORMATTING = new RegExp(`[${INVISIBLE_FORMATTING_CHARS}]`, 'g');

/**
 * Letters written differently for the same word: hamza carriers on alef and alef wasla are spelled
 * inconsistently in news copy; final alef maksura is often typed for yeh (Egyptian usage) and the
 * reverse; Persian/Urdu keyboards produce their own yeh, kaf and heh code points.
 */
const LETTER_FOLDS: Readonly<Record<string, string>> = {
  'أ': 'ا',
  'إ': 'ا',
  'آ': 'ا',
  'ٱ': 'ا',
  'ى': 'ي',
  'ی': 'ي', // U+06CC Farsi yeh
  'ې': 'ي', // U+06D0 yeh with small v
  'ک': 'ك', // U+06A9 keheh
  'ۀ': 'ه', // U+06C0 heh with yeh above
  'ہ': 'ه', // U+06C1 heh goal
  'ە': 'ه', // U+06D5 ae
  'ھ': 'ه', // U+06BE heh doachashmee
};
const FOLDABLE = new RegExp(`[${Object.keys(LETTER_FOLDS).join('')}]`, 'g');

/** Removes harakat, Quranic marks, tatweel and invisible formatting characters, nothing else. */
export function stripDiacritics(text: string): string {
  return text.replace(INVISIBLE_FORMATTING, '').replace(DIACRITICS, '');
}

/**
 * True when NFKC cannot change what `normalizeArabic` makes of the text: every character is printable
 * ASCII, a plain Arabic letter, mark (one that composes with nothing), digit or punctuation mark, or a
 * common quote or dash, none of which has a decomposition. Most news text is, and NFKC costs more
 * than the rest of the normalization. Marks may be reordered by NFKC, but they are all stripped.
 */
function isNfkcStable(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code >= 0x20 && code <= 0x7e) continue;
    if (code >= 0x0621 && code <= 0x0652) continue;
    if (code >= 0x0656 && code <= 0x066d) continue;
    if (code === 0x060c || code === 0x061b || code === 0x061f || code === 0x0670 || code === 0x00ab || code === 0x00bb) continue;
    if (code === 0x2013 || code === 0x2014 || code === 0x2018 || code === 0x2019 || code === 0x201c || code === 0x201d) continue;
    if (code === 0x0a || code === 0x09) continue;
    return false;
  }
  return true;
}

/**
 * NFKC first so presentation forms (ﻻ, ﺑ…) and compatibility spaces become ordinary text; then
 * marks, letter variants and digits are folded and whitespace runs collapse to one space.
 * Teh marbuta is deliberately kept: folding ة to ه belongs after stemming.
 */
export function normalizeArabic(text: string): string {
  const folded = stripDiacritics(isNfkcStable(text) ? text : text.normalize('NFKC')).replace(FOLDABLE, (letter) => LETTER_FOLDS[letter] ?? letter);
  return toAsciiDigits(folded).replace(/\s+/gu, ' ').trim();
}
