/** Gregorian month names as written across the Arab world, and day-month-year dates found in running text. */
import { toAsciiDigits } from './digits.ts';
import { normalizeArabic } from './normalize.ts';

/**
 * Spellings per month number. Egypt and the Gulf use the يناير family; the Levant and Iraq use the
 * Syriac-derived كانون الثاني family; Algeria/Tunisia (جانفي) and Morocco (يوليوز) have their own.
 * Hamza and harakat variants need no entry: names are compared after normalizeArabic.
 */
const SPELLINGS: ReadonlyArray<readonly [month: number, names: readonly string[]]> = [
  [1, ['يناير', 'كانون الثاني', 'كانون ثاني', 'جانفي']],
  [2, ['فبراير', 'شباط', 'فيفري']],
  [3, ['مارس', 'آذار']],
  [4, ['أبريل', 'إبريل', 'نيسان', 'أفريل']],
  [5, ['مايو', 'أيار', 'ماي']],
  [6, ['يونيو', 'يونية', 'حزيران', 'جوان']],
  [7, ['يوليو', 'يولية', 'تموز', 'جويلية', 'يوليوز']],
  [8, ['أغسطس', 'آب', 'أوت', 'غشت']],
  [9, ['سبتمبر', 'أيلول', 'شتنبر']],
  [10, ['أكتوبر', 'تشرين الأول', 'تشرين أول']],
  [11, ['نوفمبر', 'تشرين الثاني', 'تشرين ثاني', 'نونبر']],
  [12, ['ديسمبر', 'كانون الأول', 'كانون أول', 'دجنبر']],
];

const MONTH_BY_NAME: ReadonlyMap<string, number> = new Map(
  SPELLINGS.flatMap(([month, names]) => names.map((name) => [normalizeArabic(name), month] as const)),
);

/**
 * The month number (1–12) of a month name of any family, or null. The combined form
 * `يونيو/حزيران` used by pan-Arab outlets is accepted when both halves name the same month.
 */
export function monthNumber(name: string): number | null {
  const months = name.split('/').map((part) => MONTH_BY_NAME.get(normalizeArabic(part)));
  const [first] = months;
  if (first === undefined || months.some((month) => month !== first)) return null;
  return first;
}

export interface FoundDate {
  /** The date as `YYYY-MM-DD`. */
  isoDate: string;
  /** Where the date starts and ends (exclusive) in the searched string, as UTF-16 indices. */
  start: number;
  end: number;
}

const DIGIT = '[0-9\\u0660-\\u0669\\u06F0-\\u06F9]';
const WORD = '[\\p{L}\\p{M}]+';
const MONTH_WORDS = `${WORD}(?:\\s+${WORD})?(?:\\s*/\\s*${WORD}(?:\\s+${WORD})?)?`;
// Runs on the original text (not a normalized copy) so that match indices point into what the caller holds.
const DAY_MONTH_YEAR = new RegExp(
  `(?<!${DIGIT})(${DIGIT}{1,2})\\s+(${MONTH_WORDS})\\s*[,،]?\\s*(${DIGIT}{4})(?!${DIGIT})`,
  'gu',
);

/** `YYYY-MM-DD` for a calendar day, or null when the day does not exist (31 February). */
export function isoDateOf(year: number, month: number, day: number): string | null {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  // Dates roll 31 February over into March; a changed month or day means the day does not exist.
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The first valid day-month-year date (`28 فبراير 2023`, `٢٨ شباط ٢٠٢٣`, `28 يونيو/حزيران 2023`) in a text. */
export function findArabicDate(text: string): FoundDate | null {
  const pattern = new RegExp(DAY_MONTH_YEAR);
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const [whole, day = '', monthName = '', year = ''] = match;
    const month = monthNumber(monthName);
    const isoDate = month === null ? null : isoDateOf(Number(toAsciiDigits(year)), month, Number(toAsciiDigits(day)));
    if (isoDate !== null) return { isoDate, start: match.index, end: match.index + whole.length };
    // Look again from the next character: a rejected match may hide a real date inside it.
    pattern.lastIndex = match.index + 1;
  }
  return null;
}
