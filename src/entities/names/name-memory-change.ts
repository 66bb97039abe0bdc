/**
 * What changed between two name memories, for a holder of the first (a worker thread) to make the
 * second without being sent it whole: an import's memory grows to tens of thousands of names and
 * changes after every batch, and copying it whole to each worker cost more than the batch's writing.
 * Exact, key order included (the memory's phrase index reads the names in order: earlier names win).
 */
import type { NameMemory, RememberedName } from './name-memory.ts';

export interface NameMemoryChange {
  /** Keys of the first memory not kept in place: gone, or moved to the end (`appended`). */
  dropped: string[];
  /** Kept keys whose entry is another object (a new sighting, alias, canonical). */
  changed: [string, RememberedName][];
  /** The second memory's keys after those kept, in its order. */
  appended: [string, RememberedName][];
}

/**
 * The change from `from` to `to`. The memory's updates (rememberBatch, relearnGroups) keep an entry's
 * place and object unless they change it, and put new keys last, so a kept key is one found in the
 * same order in both; entries are compared by identity.
 */
export function nameMemoryChange(from: NameMemory, to: NameMemory): NameMemoryChange {
  const toKeys = Object.keys(to.names);
  const dropped: string[] = [];
  const changed: [string, RememberedName][] = [];
  let next = 0;
  for (const key of Object.keys(from.names)) {
    if (toKeys[next] !== key) {
      dropped.push(key);
      continue;
    }
    const name = to.names[key]!;
    if (name !== from.names[key]) changed.push([key, name]);
    next += 1;
  }
  return { dropped, changed, appended: toKeys.slice(next).map((key): [string, RememberedName] => [key, to.names[key]!]) };
}

/**
 * `to` made from `from` and `nameMemoryChange(from, to)`: the same entries in the same order (kept
 * keys in `from`'s order, then the appended ones; JavaScript puts integer-like keys first either way).
 */
export function applyNameMemoryChange(from: NameMemory, change: NameMemoryChange): NameMemory {
  const dropped = new Set(change.dropped);
  const changed = new Map(change.changed);
  const entries: [string, RememberedName][] = [];
  for (const [key, name] of Object.entries(from.names)) if (!dropped.has(key)) entries.push([key, changed.get(key) ?? name]);
  for (const entry of change.appended) entries.push(entry);
  // fromEntries defines each key as an own property, `__proto__` included, as rememberBatch does.
  return { version: 1, names: Object.fromEntries(entries) };
}
