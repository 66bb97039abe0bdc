/** The publication time of raw copy: explicit metadata when given, else the caption's date. */
import { isoDateOf } from '../../arabic/months.ts';
import { RawCopyError } from './raw-copy-error.ts';

/**
 * A date, or a date-time that says its offset: without one, `2023-02-28T09:30` would be read in the
 * server's own time zone, which is a guess.
 */
const ISO_8601 = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2}))?$/iu;

function fromText(text: string): Date | null {
  const parts = ISO_8601.exec(text.trim());
  if (parts === null) return null;
  const [, year, month, day, hour = '0', minute = '0', second = '0'] = parts;
  // Date rolls 31 February and 24:00 over to the next day instead of refusing them.
  if (isoDateOf(Number(year), Number(month), Number(day)) === null) return null;
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) return null;
  return new Date(text.trim());
}

export function resolvePublishedAt(explicit: string | Date | undefined, captionDate: string | null): string | null {
  if (explicit === undefined) return captionDate === null ? null : `${captionDate}T00:00:00.000Z`;
  const date = explicit instanceof Date ? explicit : fromText(explicit);
  if (date === null || Number.isNaN(date.getTime())) {
    throw new RawCopyError(
      'publishedAt is not a valid date: expected an ISO 8601 date (2023-02-28) or a date-time with its offset (2023-02-28T09:30:00+03:00)',
    );
  }
  return date.toISOString();
}
