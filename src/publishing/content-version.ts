/** A counter of content changes, kept in the database so that every app process sees the same one. */
import type { Queryable } from '../articles/article.repository.ts';
import { readMeta, writeMeta } from '../db/meta.repository.ts';

const CONTENT_VERSION_KEY = 'content_version';
/** When the version last moved: the Last-Modified of the pages that list articles. */
const CONTENT_CHANGED_AT_KEY = 'content_changed_at';

export async function readContentVersion(db: Queryable): Promise<number> {
  return Number((await readMeta(db, CONTENT_VERSION_KEY)) ?? '0');
}

export async function bumpContentVersion(db: Queryable, now = new Date()): Promise<number> {
  const next = (await readContentVersion(db)) + 1;
  await writeMeta(db, CONTENT_VERSION_KEY, String(next));
  await writeMeta(db, CONTENT_CHANGED_AT_KEY, now.toISOString());
  return next;
}

/** When the content last changed (an article written, edited, removed, tagged…); undefined if no change was recorded yet. */
export async function readContentChangedAt(db: Queryable): Promise<Date | undefined> {
  const value = await readMeta(db, CONTENT_CHANGED_AT_KEY);
  const date = value === undefined ? undefined : new Date(value);
  return date === undefined || Number.isNaN(date.getTime()) ? undefined : date;
}
