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

export function foldWord(word: string): string {
  let folded = '';
  for (let index = 0; index < word.length; index += 1) {
    const code = word.charCodeAt(index);
    if (code < 0x80) {
      folded += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : word[index];
    } else if (isMark(code)) {
      continue;
    } else if (code >= 0x0660 && code <= 0x0669) {
      folded += String(code - 0x0660);
    } else if (code >= 0x06f0 && code <= 0x06f9) {
      folded += String(code - 0x06f0);
    } else {
      folded += FOLDS.get(code) ?? word[index];
    }
  }
  return folded;
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
