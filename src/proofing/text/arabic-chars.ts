/** Character classes the proofing rules share, by UTF-16 code unit: cheaper than regular expressions per character. */

/** Arabic letters proper, Persian/Urdu additions and extended letters; not digits, punctuation or marks. */
export function isArabicLetter(code: number): boolean {
  return (
    (code >= 0x0621 && code <= 0x063a) ||
    (code >= 0x0641 && code <= 0x064a) ||
    code === 0x066e ||
    code === 0x066f ||
    (code >= 0x0671 && code <= 0x06d3) ||
    code === 0x06d5 ||
    code === 0x06ee ||
    code === 0x06ef ||
    (code >= 0x06fa && code <= 0x06fc) ||
    code === 0x06ff ||
    (code >= 0x0750 && code <= 0x077f) ||
    (code >= 0x08a0 && code <= 0x08c9) ||
    (code >= 0xfb50 && code <= 0xfdfb) ||
    (code >= 0xfe70 && code <= 0xfefc)
  );
}

export const TATWEEL = 0x0640;

/** Harakat, superscript alef and Quranic marks: written on a letter, never a letter of their own. */
export function isArabicMark(code: number): boolean {
  return (code >= 0x064b && code <= 0x065f) || code === 0x0670 || (code >= 0x06d6 && code <= 0x06ed && code !== 0x06dd && code !== 0x06de);
}

/** Zero-width non-joiner and joiner, which Persian-style typing leaves inside words. */
export function isJoiner(code: number): boolean {
  return code === 0x200c || code === 0x200d;
}

export function isArabicWordChar(code: number): boolean {
  return isArabicLetter(code) || isArabicMark(code) || code === TATWEEL || isJoiner(code);
}

export type DigitSystem = 'western' | 'arabic-indic' | 'persian';

export function digitSystemOf(code: number): DigitSystem | undefined {
  if (code >= 0x30 && code <= 0x39) return 'western';
  if (code >= 0x0660 && code <= 0x0669) return 'arabic-indic';
  if (code >= 0x06f0 && code <= 0x06f9) return 'persian';
  return undefined;
}

export function isDigit(code: number): boolean {
  return digitSystemOf(code) !== undefined;
}

/** Letters of any non-Arabic alphabet: Latin with its accented ranges, Greek, Cyrillic. */
export function isLatinLetter(code: number): boolean {
  return (
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) ||
    (code >= 0x370 && code <= 0x3ff) ||
    (code >= 0x400 && code <= 0x4ff)
  );
}

/** Spaces inside a line: ASCII space, tab, no-break space and the Unicode spaces. */
export function isInlineSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f || code === 0x3000;
}

/** Removes harakat, Quranic marks, tatweel and joiners: the spelling that dictionaries and comparisons use. */
export function bareWord(word: string): string {
  let plain = true;
  for (let index = 0; index < word.length; index += 1) {
    const code = word.charCodeAt(index);
    if (isArabicMark(code) || code === TATWEEL || isJoiner(code)) {
      plain = false;
      break;
    }
  }
  if (plain) return word;
  let bare = '';
  for (let index = 0; index < word.length; index += 1) {
    const code = word.charCodeAt(index);
    if (!(isArabicMark(code) || code === TATWEEL || isJoiner(code))) bare += word[index];
  }
  return bare;
}
