/**
 * Folds one word to the key used for every lookup (gazetteers, name memory, tagger features): spelling
 * variants that news copy mixes freely compare equal. Harsher than normalizeArabic (teh marbuta and the
 * hamza seats fold too) because keys are never shown, and a char loop because it runs on every word.
 */

const FOLDS: ReadonlyMap<number, string> = new Map([
  ['أ', 'ا'], ['إ', 'ا'], ['آ', 'ا'], ['ٱ', 'ا'], ['ء', ''],
  ['ؤ', 'و'], ['ئ', 'ي'], ['ى', 'ي'], ['ة', 'ه'],
  ['ی', 'ي'], ['ې', 'ي'], ['ک', 'ك'], ['ۀ', 'ه'], ['ہ', 'ه'], ['ە', 'ه'], ['ھ', 'ه'],
  ['گ', 'ك'], ['پ', 'ب'], ['چ', 'ج'], ['ڤ', 'ف'], ['ژ', 'ز'],
].map(([from, to]) => [(from as string).charCodeAt(0), to as string]));

function isMark(code: number): boolean {
  return (
    (code >= 0x064b && code <= 0x065f) || code === 0x0670 || (code >= 0x06d6 && code <= 0x06ed) || code === 0x0640 ||
    code === 0x200c || code === 0x200d
  );
}

const buffer = new Uint16Array(256);

/**
 * Built in a code-unit buffer, not by `+=`: keys are looked up in maps millions of times, and a
 * string grown a character at a time is a rope that every comparison has to walk.
 */
export function foldWord(word: string): string {
  if (word.length > buffer.length) return foldLong(word);
  let length = 0;
  for (let index = 0; index < word.length; index += 1) {
    const code = word.charCodeAt(index);
    if (code >= 65 && code <= 90) {
      buffer[length++] = code + 32;
    } else if (code < 0x80) {
      buffer[length++] = code;
    } else if (isMark(code)) {
      continue;
    } else if (code >= 0x0660 && code <= 0x0669) {
      buffer[length++] = code - 0x0660 + 48;
    } else if (code >= 0x06f0 && code <= 0x06f9) {
      buffer[length++] = code - 0x06f0 + 48;
    } else {
      const folded = FOLDS.get(code);
      if (folded === undefined) buffer[length++] = code;
      else if (folded !== '') buffer[length++] = folded.charCodeAt(0);
    }
  }
  return String.fromCharCode.apply(null, buffer.subarray(0, length) as unknown as number[]);
}

function foldLong(word: string): string {
  const parts: string[] = [];
  for (let start = 0; start < word.length; start += buffer.length) parts.push(foldWord(word.slice(start, start + buffer.length)));
  return parts.join('');
}

/**
 * A copy of `text` that holds no slice of a longer string (V8 keeps a slice of 13 or more characters
 * as a view on its parent), for strings kept in long-lived caches: a name cut from an article must
 * not keep the whole article alive. Shorter slices are copies already.
 */
export function detached(text: string): string {
  return text.length > 12 ? text.split('').join('') : text;
}

/** Folds a phrase word by word (single spaces between), for list entries written by hand. */
export function foldPhrase(phrase: string): string {
  return phrase.trim().split(/\s+/u).map(foldWord).join(' ');
}

/**
 * Where in `word` (as written) the folded key's `letters`-th character starts. The two differ only by
 * marks, tatweel and hamza-on-the-line, which fold away; used to place a span after a stripped clitic.
 */
export function offsetAfterLetters(word: string, letters: number): number {
  let seen = 0;
  for (let index = 0; index < word.length; index += 1) {
    if (seen === letters) return index;
    const code = word.charCodeAt(index);
    if (!isMark(code) && code !== 0x0621) seen += 1;
  }
  return word.length;
}
