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

/** The names one article taught, and its publication day (YYYY-MM-DD). */
export interface Sighting {
  learned: readonly LearnedName[];
  seenOn: string | null;
}

/** What a batch of articles changed in a memory: the new memory, and the entries to write back. */
export interface RememberedBatch {
  memory: NameMemory;
  /** Entries added or changed, by key. */
  upserted: Map<string, RememberedName>;
  /** Keys no longer in the memory (merged under a fuller name). */
  removed: string[];
}

/** A new memory with the names one article taught (each counts as one sighting). */
export function rememberNames(memory: NameMemory, learned: readonly LearnedName[], seenOn: string | null = null): NameMemory {
  return rememberBatch(memory, [{ learned, seenOn }]).memory;
}

/**
 * The names a batch of articles taught, article after article, in time linear in the memory once per
 * batch and constant per name: the memory is worked on as an ordered map with the full names indexed
 * by surname, so a learned surname (`بلينكن`) finds its full name (`أنتوني بلينكن`) without a scan,
 * and the changed entries are reported for a store that keeps one row per name.
 */
export function rememberBatch(memory: NameMemory, sightings: readonly Sighting[]): RememberedBatch {
  if (sightings.every((sighting) => sighting.learned.length === 0)) return { memory, upserted: new Map(), removed: [] };
  const names = new WorkingMemory(memory);
  const upserted = new Map<string, RememberedName>();
  const removed = new Set<string>();
  for (const { learned, seenOn } of sightings) {
    for (const name of learned) {
      const sighting: RememberedName = { ...name, aliases: [...name.aliases], sightings: 1, lastSeen: seenOn };
      const key = names.sameOne(name) ?? nameKey(name.canonical);
      const known = names.get(key);
      const combined = known === undefined ? sighting : combine(known, sighting);
      const newKey = nameKey(combined.canonical);
      if (names.remove(key) && key !== newKey) {
        upserted.delete(key);
        removed.add(key);
      }
      names.put(newKey, combined);
      upserted.set(newKey, combined);
      removed.delete(newKey);
    }
  }
  for (const key of removed) if (!(key in memory.names)) removed.delete(key);
  return { memory: { version: 1, names: names.toRecord() }, upserted, removed: [...removed] };
}

const lastWord = (key: string) => key.slice(key.lastIndexOf(' ') + 1);

/**
 * The group a name belongs to: the last word of its folded canonical form. Names merge in the memory
 * only within a group (the same key, or a surname and a full name ending with it), so a group can be
 * learned again without touching the others.
 */
export function nameGroup(name: Pick<LearnedName, 'canonical'>): string {
  return lastWord(nameKey(name.canonical));
}

/**
 * The memory with the names of `groups` learned again from `sightings` alone (those of other groups
 * are ignored), in the order given: what it would hold had only these sightings taught those groups.
 * This is how an article is forgotten: its groups are relearned from the other articles' sightings.
 * `removed` lists the keys of those groups that are gone.
 */
export function relearnGroups(memory: NameMemory, groups: ReadonlySet<string>, sightings: readonly Sighting[]): RememberedBatch {
  const kept: Record<string, RememberedName> = {};
  const dropped: string[] = [];
  for (const [key, name] of Object.entries(memory.names)) {
    if (groups.has(lastWord(key))) dropped.push(key);
    else kept[key] = name;
  }
  const inGroups = sightings.map(({ learned, seenOn }) => ({ learned: learned.filter((name) => groups.has(nameGroup(name))), seenOn }));
  const relearned = rememberBatch({ version: 1, names: kept }, inGroups);
  return { memory: relearned.memory, upserted: relearned.upserted, removed: dropped.filter((key) => !(key in relearned.memory.names)) };
}

/** The memory as an ordered map (the order a plain object keeps its keys in), full names listed under their surname in the same order. */
class WorkingMemory {
  readonly #names: Map<string, RememberedName>;
  readonly #bySurname = new Map<string, string[]>();

  constructor(memory: NameMemory) {
    this.#names = new Map(Object.entries(memory.names));
    for (const key of this.#names.keys()) this.#index(key);
  }

  get(key: string): RememberedName | undefined {
    return this.#names.get(key);
  }

  /** The key of the remembered name this one is: the same name, or a surname and the full name ending with it (the earliest such person). */
  sameOne(name: LearnedName): string | undefined {
    const key = nameKey(name.canonical);
    if (this.#names.has(key)) return key;
    if (name.type !== 'PER') return undefined;
    if (key.includes(' ')) {
      const surname = lastWord(key);
      return this.#names.get(surname)?.type === 'PER' ? surname : undefined;
    }
    return this.#bySurname.get(key)?.find((full) => this.#names.get(full)?.type === 'PER');
  }

  /** Removes an entry; whether there was one. */
  remove(key: string): boolean {
    if (!this.#names.delete(key)) return false;
    if (key.includes(' ')) {
      const keys = this.#bySurname.get(lastWord(key))!;
      keys.splice(keys.indexOf(key), 1);
    }
    return true;
  }

  /** Sets an entry: a new key goes last, an existing one keeps its place (as on a plain object). */
  put(key: string, name: RememberedName): void {
    const known = this.#names.has(key);
    this.#names.set(key, name);
    if (!known) this.#index(key);
  }

  toRecord(): Record<string, RememberedName> {
    return Object.fromEntries(this.#names);
  }

  #index(key: string): void {
    if (!key.includes(' ')) return;
    const surname = lastWord(key);
    const keys = this.#bySurname.get(surname);
    if (keys === undefined) this.#bySurname.set(surname, [key]);
    else keys.push(key);
  }
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
