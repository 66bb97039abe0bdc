/** A counter of content changes, kept in the database so that every app process sees the same one. */
import type { Queryable } from '../articles/article.repository.ts';
import { readMeta, writeMeta } from '../db/meta.repository.ts';

const CONTENT_VERSION_KEY = 'content_version';

export async function readContentVersion(db: Queryable): Promise<number> {
  return Number((await readMeta(db, CONTENT_VERSION_KEY)) ?? '0');
}

export async function bumpContentVersion(db: Queryable): Promise<number> {
  const next = (await readContentVersion(db)) + 1;
  await writeMeta(db, CONTENT_VERSION_KEY, String(next));
  return next;
}
