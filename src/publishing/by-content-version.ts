/**
 * A value derived from the articles (the sections, the sources), computed once per content version and
 * database: every article write bumps the version in the same transaction, so the next read, in any
 * process, computes it afresh. Only for data that nothing but article writes changes.
 */
import type { Queryable } from '../articles/article.repository.ts';
import { readContentVersion } from './content-version.ts';

interface Remembered<T> {
  version: number;
  value: Promise<T>;
}

export function byContentVersion<T>(compute: (db: Queryable) => Promise<T>): (db: Queryable) => Promise<T> {
  const remembered = new WeakMap<Queryable, Remembered<T>>();
  return async (db) => {
    const version = await readContentVersion(db);
    const known = remembered.get(db);
    if (known !== undefined && known.version === version) return known.value;
    // Computed after the version was read, so it is at least that fresh; a failure is not remembered.
    const value = compute(db);
    remembered.set(db, { version, value });
    value.catch(() => {
      if (remembered.get(db)?.value === value) remembered.delete(db);
    });
    return value;
  };
}
