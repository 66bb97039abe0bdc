/**
 * Names learned from the site's own copy: a person or organization seen after a cue (`الرئيس …`,
 * `صحيفة "…"`) is remembered, so later articles find it without one. A plain JSON-able value the
 * caller stores (see serializeNameMemory) and merges (mergeNameMemories); nothing here does I/O.
 */
import { foldPhrase } from '../text/fold.ts';

export interface RememberedName {
  type: 'PER' | 'ORG';
  /** The fullest form seen (`أنتوني بلينكن`, not `بلينكن`). */
  canonical: string;
  /** Other written forms that name the same one. */
  aliases: string[];
  /** How many articles named it after a cue. */
  sightings: number;
  /** ISO date of the last article that did (publication day when known). */
  lastSeen: string | null;
}

export interface NameMemory {
  version: 1;
  /** Keyed by the folded canonical form. */
  names: Record<string, RememberedName>;
}

/** A name learned from one article, as extractEntitiesDetailed reports it. */
export interface LearnedName {
  type: 'PER' | 'ORG';
  canonical: string;
  aliases: string[];
}

export function emptyNameMemory(): NameMemory {
  return { version: 1, names: {} };
}

export function nameKey(name: string): string {
  return foldPhrase(name);
}

function combine(a: RememberedName, b: RememberedName): RememberedName {
  const longer = b.canonical.split(' ').length > a.canonical.split(' ').length ? b : a;
  const aliases = new Set([...a.aliases, ...b.aliases, a.canonical, b.canonical]);
  aliases.delete(longer.canonical);
  const lastSeen = [a.lastSeen, b.lastSeen].filter((date): date is string => date !== null).sort().at(-1) ?? null;
  return { type: longer.type, canonical: longer.canonical, aliases: [...aliases].sort(), sightings: a.sightings + b.sightings, lastSeen };
}

/** A new memory with the names one article taught (each counts as one sighting). */
export function rememberNames(memory: NameMemory, learned: readonly LearnedName[], seenOn: string | null = null): NameMemory {
  const names = { ...memory.names };
  for (const name of learned) {
    const sighting: RememberedName = { ...name, aliases: [...name.aliases], sightings: 1, lastSeen: seenOn };
    const key = sameOne(names, name) ?? nameKey(name.canonical);
    const known = names[key];
    const combined = known === undefined ? sighting : combine(known, sighting);
    delete names[key];
    names[nameKey(combined.canonical)] = combined;
  }
  return { version: 1, names };
}

/** The key of the remembered name this one is: the same name, or a surname and the full name ending with it. */
function sameOne(names: Record<string, RememberedName>, name: LearnedName): string | undefined {
  const key = nameKey(name.canonical);
  if (names[key] !== undefined || name.type !== 'PER') return names[key] === undefined ? undefined : key;
  const words = key.split(' ');
  if (words.length > 1) return names[words.at(-1)!]?.type === 'PER' ? words.at(-1) : undefined;
  return Object.keys(names).find((other) => names[other]!.type === 'PER' && other.endsWith(` ${key}`));
}

/** Both memories' names, sightings added; for merging what several workers learned. */
export function mergeNameMemories(...memories: readonly NameMemory[]): NameMemory {
  const names: Record<string, RememberedName> = {};
  for (const memory of memories) {
    for (const [key, name] of Object.entries(memory.names)) {
      const known = names[key];
      names[key] = known === undefined ? { ...name, aliases: [...name.aliases] } : combine(known, name);
    }
  }
  return { version: 1, names };
}

/** Keeps the `limit` names seen most (then most recently), so a stored memory stays bounded. */
export function pruneNameMemory(memory: NameMemory, limit: number): NameMemory {
  const kept = Object.entries(memory.names)
    .sort(([, a], [, b]) => b.sightings - a.sightings || (b.lastSeen ?? '').localeCompare(a.lastSeen ?? ''))
    .slice(0, limit);
  return { version: 1, names: Object.fromEntries(kept) };
}

export function serializeNameMemory(memory: NameMemory): string {
  const sorted = Object.fromEntries(Object.entries(memory.names).sort(([a], [b]) => a.localeCompare(b)));
  return JSON.stringify({ version: 1, names: sorted });
}

export class NameMemoryError extends Error {
  override name = 'NameMemoryError';
}

/** Reads what serializeNameMemory wrote; throws NameMemoryError on anything else. */
export function parseNameMemory(json: string): NameMemory {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new NameMemoryError(`name memory is not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const memory = value as Partial<NameMemory> | null;
  if (memory === null || typeof memory !== 'object' || memory.version !== 1 || typeof memory.names !== 'object' || memory.names === null) {
    throw new NameMemoryError('name memory: expected {"version": 1, "names": {…}}');
  }
  for (const [key, name] of Object.entries(memory.names)) {
    const valid =
      (name?.type === 'PER' || name?.type === 'ORG') &&
      typeof name.canonical === 'string' &&
      Array.isArray(name.aliases) &&
      name.aliases.every((alias) => typeof alias === 'string') &&
      Number.isInteger(name.sightings) &&
      (name.lastSeen === null || typeof name.lastSeen === 'string');
    if (!valid) throw new NameMemoryError(`name memory: entry "${key}" is malformed`);
  }
  return { version: 1, names: memory.names };
}
