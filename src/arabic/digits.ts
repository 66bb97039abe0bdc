/** Turns Eastern Arabic (٠–٩) and Persian (۰–۹) digits into ASCII digits, leaving everything else alone. */

const NON_ASCII_DIGIT = /[\u0660-\u0669\u06F0-\u06F9]/g;
const ARABIC_INDIC_ZERO = 0x0660;
const PERSIAN_ZERO = 0x06f0;

export function toAsciiDigits(text: string): string {
  return text.replace(NON_ASCII_DIGIT, (digit) => {
    const code = digit.charCodeAt(0);
    return String(code >= PERSIAN_ZERO ? code - PERSIAN_ZERO : code - ARABIC_INDIC_ZERO);
  });
}
