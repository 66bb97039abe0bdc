/** Calendar arithmetic on `YYYY-MM-DD` days in UTC, for dates written relative to the publication day. */

export interface Day {
  year: number;
  month: number;
  day: number;
}

export function dayOf(isoTime: string): Day | null {
  const time = Date.parse(isoTime);
  if (Number.isNaN(time)) return null;
  const date = new Date(time);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function isoDay({ year, month, day }: Day): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function isoMonth(year: number, month: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

export function addDays(day: Day, days: number): Day {
  const date = new Date(Date.UTC(day.year, day.month - 1, day.day + days));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: Day): number {
  return new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay();
}

export function validDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day && year >= 1000 && year <= 2999;
}

export type Direction = 'past' | 'future' | 'current' | 'nearest';

/** The year of `month` (and `day`) relative to the publication day: last February, next February, this February. */
export function yearFor(published: Day, month: number, day: number, direction: Direction): number {
  const after = month > published.month || (month === published.month && day > published.day);
  switch (direction) {
    case 'current':
      return published.year;
    case 'past':
      return after ? published.year - 1 : published.year;
    case 'future':
      return after ? published.year : published.year + 1;
    case 'nearest':
      // News writes a bare `16 فبراير` for a day within the last half year or the next few months.
      return month - published.month > 3 ? published.year - 1 : published.month - month > 8 ? published.year + 1 : published.year;
  }
}
