/** Dates as Sahifa prints them: `الثلاثاء 28 فبراير 2023`, Latin digits, يناير month family, no comma. */

type DatePart = 'weekday' | 'day' | 'month' | 'year' | 'hour' | 'minute';

const DATE_PARTS: readonly DatePart[] = ['weekday', 'day', 'month', 'year'];
const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * Plain `ar` gives the يناير month family and the Gregorian calendar; `ar-SA` would switch to the Hijri
 * calendar and `ar-LB` to كانون الثاني, so both are pinned here rather than left to the locale.
 * Building a formatter is costly next to using one, hence the cache per time zone.
 */
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('ar', {
      calendar: 'gregory',
      numberingSystem: 'latn',
      timeZone,
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function partsOf(date: Date, timeZone: string): Map<string, string> {
  if (Number.isNaN(date.getTime())) throw new RangeError('cannot format an invalid date');
  return new Map(formatterFor(timeZone).formatToParts(date).map((part) => [part.type, part.value]));
}

function pick(parts: Map<string, string>, names: readonly DatePart[]): string {
  return names.map((name) => parts.get(name) ?? '').join(' ');
}

/**
 * Labels already made, by kind, time zone and instant: a page shows the same few dozen dates on every
 * render, and `formatToParts` costs far more than a lookup. Bounded: emptied when it is full.
 */
const labels = new Map<string, string>();
const MAX_LABELS = 20_000;

function remembered(kind: string, date: Date, timeZone: string, make: () => string): string {
  const key = `${kind}${timeZone}\u0000${date.getTime()}`;
  let label = labels.get(key);
  if (label === undefined) {
    label = make();
    if (labels.size >= MAX_LABELS) labels.clear();
    labels.set(key, label);
  }
  return label;
}

/** `الثلاثاء 28 فبراير 2023` for the calendar day of `date` in `timeZone`. */
export function formatArabicDate(date: Date, timeZone = 'UTC'): string {
  return remembered('d', date, timeZone, () => pick(partsOf(date, timeZone), DATE_PARTS));
}

/** `الثلاثاء 28 فبراير 2023 14:05`: the date followed by the 24-hour time in `timeZone`. */
export function formatArabicDateTime(date: Date, timeZone = 'UTC'): string {
  return remembered('t', date, timeZone, () => {
    const parts = partsOf(date, timeZone);
    return `${pick(parts, DATE_PARTS)} ${parts.get('hour') ?? ''}:${parts.get('minute') ?? ''}`;
  });
}

const monthFormatter = new Intl.DateTimeFormat('ar', { calendar: 'gregory', numberingSystem: 'latn', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** `فبراير 2023` for `2023-02` (a calendar month, no time zone involved). */
export function formatArabicMonth(yearMonth: string): string {
  const date = new Date(`${yearMonth}-01T00:00:00Z`);
  if (!/^\d{4}-\d{2}$/.test(yearMonth) || Number.isNaN(date.getTime())) throw new RangeError(`not a month: ${yearMonth}`);
  return monthFormatter.format(date);
}
