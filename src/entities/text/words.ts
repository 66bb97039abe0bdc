/** Splits text into words, numbers and single punctuation marks, each with its offsets and folded key. */
import { foldWord } from './fold.ts';
import { FORM_HASH_START, formHashStep, formNumber, lexemeAt, writtenAt, type Lexeme } from './lexicon.ts';

export type WordKind = 'word' | 'number' | 'mark';

export interface Word {
  /** As written: `text === source.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
  kind: WordKind;
  /** foldWord(text); for numbers, ASCII digits with `.` as the decimal point and no grouping. */
  key: string;
  /** The key's clitic-less stems, filled in on first use by wordStems (text/clitics.ts). */
  stems?: readonly import('./clitics.ts').Stem[];
  /** The shared entry for the key (lexicon.ts); words made by hand may lack it. */
  lexeme?: Lexeme;
}

const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const SPACE_OR_FORMAT = /[\s\p{Cf}]/u;

/** Letters, combining marks, tatweel and joiners: what a word is made of. Arabic and ASCII without a regex. */
function inWord(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  if (code >= 0x0621 && code <= 0x065f) return true;
  if (code === 0x200c || code === 0x200d) return true;
  if (code >= 0x0660 && code <= 0x0669) return false;
  if (code >= 0x06f0 && code <= 0x06f9) return false;
  return LETTER_OR_MARK.test(String.fromCharCode(code));
}

function isDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x0660 && code <= 0x0669) || (code >= 0x06f0 && code <= 0x06f9);
}

function isSeparator(code: number): boolean {
  return code === 0x2e || code === 0x2c || code === 0x066b || code === 0x066c;
}

function isSpace(code: number): boolean {
  if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) return true;
  return code >= 0x80 && SPACE_OR_FORMAT.test(String.fromCharCode(code));
}

/** `2,500` → `2500`, `١٫٢٥` → `1.25`; a lone comma after 1–3 digits and before exactly three is grouping. */
function numberKey(written: string): string {
  const ascii = foldWord(written).replace(/\u066C/g, ',').replace(/\u066B/g, '.');
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(ascii)) return ascii.replace(/,/g, '');
  return ascii.replace(/,/g, '.');
}

/**
 * A hand-written scanner, not a Unicode regex: it runs over every article at import. Words are runs of
 * letters and marks; numbers are digit runs with `.`/`,` between digits (`1.25`, `2,500`); anything
 * else that is not a space is a mark of its own. Surrogate pairs (emoji) count as one mark.
 */
export function splitWords(text: string): Word[] {
  const words: Word[] = [];
  let index = 0;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    const start = index;
    if (isDigit(code)) {
      index += 1;
      while (index < text.length) {
        const next = text.charCodeAt(index);
        if (isDigit(next)) index += 1;
        else if (isSeparator(next) && isDigit(text.charCodeAt(index + 1))) index += 2;
        else break;
      }
      const written = text.slice(start, index);
      words.push({ text: written, start, end: index, kind: 'number', key: numberKey(written), stems: undefined, lexeme: undefined });
    } else if (inWord(code)) {
      // The word's hash for the lexicon is taken as it is scanned.
      let hash = formHashStep(FORM_HASH_START, code);
      index += 1;
      for (; index < text.length; index += 1) {
        const next = text.charCodeAt(index);
        if (!inWord(next)) break;
        hash = formHashStep(hash, next);
      }
      const form = formNumber(text, start, index, hash, foldWord);
      const lexeme = lexemeAt(form);
      words.push({ text: writtenAt(form), start, end: index, kind: 'word', key: lexeme.key, stems: undefined, lexeme });
    } else if (isSpace(code)) {
      index += 1;
    } else {
      index += code >= 0xd800 && code <= 0xdbff ? 2 : 1;
      const written = text.slice(start, index);
      words.push({ text: written, start, end: index, kind: 'mark', key: written, stems: undefined, lexeme: undefined });
    }
  }
  return words;
}
