/** One record of a bulk import (`{id, title, body, category, date, source, url}`), validated and turned into a draft. */
import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { publishedAtOf, RECORD_LIMITS } from './read-checked-line.ts';

const OptionalText = Type.Optional(Type.Union([Type.String(), Type.Null()]));

export const ImportRecordSchema = Type.Object(
  {
    id: Type.Union([Type.String({ minLength: 1, maxLength: RECORD_LIMITS.idLength }), Type.Integer()]),
    title: Type.String({ minLength: 1, maxLength: RECORD_LIMITS.titleLength }),
    body: Type.String({ maxLength: RECORD_LIMITS.bodyLength }),
    category: OptionalText,
    date: OptionalText,
    source: OptionalText,
    url: OptionalText,
    author: OptionalText,
    abstract: OptionalText,
    /** The lead image: a file path (relative to the JSON Lines file) or a URL, which is not fetched. */
    image: OptionalText,
  },
  { additionalProperties: true },
);

export type ImportRecord = Static<typeof ImportRecordSchema>;

export type RecordCheck = { kind: 'valid'; record: ImportRecord; publishedAt: string | null } | { kind: 'invalid'; reason: string };

function describeSchemaError(value: unknown): string {
  const first = Value.Errors(ImportRecordSchema, value).First();
  if (!first) return 'invalid record';
  const field = first.path.replace(/^\//, '') || 'record';
  return `${field}: ${first.message.toLowerCase()}`;
}

/** A local image path, or null for none and for web addresses (imports never fetch from the network). */
export function localImagePath(record: Pick<ImportRecord, 'image'>): string | null {
  const image = record.image?.trim();
  if (!image || /^[a-z][a-z0-9+.-]*:\/\//i.test(image)) return null;
  return image;
}

/** Checks one line's text: JSON syntax, the record's shape, its date. Whether the body has text is for the draft to say. */
export function checkImportLine(text: string): RecordCheck {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { kind: 'invalid', reason: `not valid JSON (${(error as Error).message})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { kind: 'invalid', reason: 'expected a JSON object' };
  }
  if (!Value.Check(ImportRecordSchema, value)) return { kind: 'invalid', reason: describeSchemaError(value) };
  const record = value;
  if (typeof record.id === 'string' && record.id.trim() === '') return { kind: 'invalid', reason: 'id: must not be blank' };
  if (record.title.trim() === '') return { kind: 'invalid', reason: 'title: must not be blank' };
  const publishedAt = publishedAtOf(record.date);
  if (publishedAt === undefined) return { kind: 'invalid', reason: `date: cannot read "${String(record.date).slice(0, 60)}" as a date` };
  return { kind: 'valid', record, publishedAt };
}

// The draft is made apart: readers of records checked elsewhere need not load the schema library.
export { importRecordToDraft } from './record-draft.ts';
