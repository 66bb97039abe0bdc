/**
 * A value derived from the articles (the sections, the sources), computed once per content version and
 * database: every article write bumps the version in the same transaction, so the next read, in any
 * process, computes it afresh. Only for data that nothing but article writes changes.
 */
import type { Queryable } from '../articles/article.repository.ts';
import { readContentVersion } from './content-version.ts';

export function byContentVersion<T>(compute: (db: Queryable) => Promise<T>): (db: Queryable) => Promise<T> {
  const keyed = byContentVersionAndKey((db: Queryable) => compute(db), () => '');
  return (db) => keyed(db, undefined);
}

/**
 * `byContentVersion` for a value per key (a count per section, say): the values of one version are
 * kept together and dropped together when the version moves; at most `maxKeys` are kept per version.
 * Each value is computed after the version was read, so it is at least that fresh; a failure is not
 * remembered.
 */
export function byContentVersionAndKey<K, T>(compute: (db: Queryable, key: K) => Promise<T>, keyOf: (key: K) => string, maxKeys = 1000): (db: Queryable, key: K) => Promise<T> {
  const remembered = new WeakMap<Queryable, { version: number; values: Map<string, Promise<T>> }>();
  return async (db, key) => {
    const version = await readContentVersion(db);
    let known = remembered.get(db);
    if (known === undefined || known.version !== version) {
      known = { version, values: new Map() };
      remembered.set(db, known);
    }
    const name = keyOf(key);
    const kept = known.values.get(name);
    if (kept !== undefined) return kept;
    if (known.values.size >= maxKeys) known.values.clear();
    const value = compute(db, key);
    const values = known.values;
    values.set(name, value);
    value.catch(() => {
      if (values.get(name) === value) values.delete(name);
    });
    return value;
  };
}
