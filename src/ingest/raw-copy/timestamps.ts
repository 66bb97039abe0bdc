/** Lines that only say when a page was published or updated: `الثلاثاء 28 فبراير 2023 - 14:05`, `منذ ساعتين`. */
import { findArabicDate } from '../../arabic/months.ts';
import { RELATIVE_TIME_UNITS, TIMESTAMP_WORDS } from './leftover-patterns.ts';
import { alternation, comparisonKey } from './pattern-text.ts';

const WORDS = new Set(TIMESTAMP_WORDS.map(comparisonKey));
const RELATIVE_TIME = new RegExp(`^(?:منذ|قبل) (?:\\d+ )?(?:${alternation(RELATIVE_TIME_UNITS)})$`, 'u');
const CLOCK_TIME = /\d{1,2}:\d{2}(?::\d{2})?/gu;
const NUMERIC_DATE = /\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}(?:t[\d:.]+z?)?/gu;
const SEPARATORS = /[\s\-–—|/،,:()]+/u;

/**
 * True when a normalized, lower-cased line holds nothing but date and time: a date, clock times,
 * numbers and the few words around them (weekday, ص/م, بتوقيت مكة). It must hold a digit, so a lone
 * weekday or city name is not taken for a timestamp.
 */
export function isTimestamp(key: string): boolean {
  if (RELATIVE_TIME.test(key)) return true;
  if (!/\d/u.test(key)) return false;
  const date = findArabicDate(key);
  const rest = (date === null ? key : `${key.slice(0, date.start)} ${key.slice(date.end)}`)
    .replace(CLOCK_TIME, ' ')
    .replace(NUMERIC_DATE, ' ');
  return rest.split(SEPARATORS).every((word) => word === '' || /^\d+$/u.test(word) || WORDS.has(word));
}
