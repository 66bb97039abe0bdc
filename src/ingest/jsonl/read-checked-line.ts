/**
 * A line of an import read again after the check (`checkImportLine`) passed it, in a worker thread
 * without the schema library: loading TypeBox through the TypeScript loader cost each worker about
 * 0.4 s of CPU, for a check already made. The shape is still tested, by hand and to the same rules
 * (read-checked-line.test.ts holds them to the schema's answers), so that a line the check never saw
 * (the file changed between the two passes) is refused rather than imported unchecked.
 */
import type { ImportRecord } from './import-record.ts';

/** Lengths the import record schema allows (import-record.ts builds its schema from these). */
export const RECORD_LIMITS = { idLength: 200, titleLength: 1000, bodyLength: 5_000_000 } as const;

const OPTIONAL_TEXT_FIELDS = ['category', 'date', 'source', 'url', 'author', 'abstract', 'image'] as const;

/** The record's publication instant (ISO 8601), null when it has no date, undefined when its date cannot be read. */
export function publishedAtOf(date: string | null | undefined): string | null | undefined {
  if (date == null || date.trim() === '') return null;
  const time = Date.parse(date.trim());
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

/** The record and its publication instant as `checkImportLine` reads them, or null for a line it refuses. */
export function readCheckedLine(text: string): { record: ImportRecord; publishedAt: string | null } | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const fields = value as Record<string, unknown>;
  const { id, title, body } = fields;
  const idFits = typeof id === 'string' ? id.length <= RECORD_LIMITS.idLength && id.trim() !== '' : Number.isInteger(id);
  if (!idFits || typeof title !== 'string' || title.length > RECORD_LIMITS.titleLength || title.trim() === '') return null;
  if (typeof body !== 'string' || body.length > RECORD_LIMITS.bodyLength) return null;
  for (const field of OPTIONAL_TEXT_FIELDS) {
    const optional = fields[field];
    if (optional !== undefined && optional !== null && typeof optional !== 'string') return null;
  }
  const record = value as ImportRecord;
  const publishedAt = publishedAtOf(record.date);
  return publishedAt === undefined ? null : { record, publishedAt };
}
