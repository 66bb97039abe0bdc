/**
 * Folds the names a batch of articles learned into the name memory, in time linear in the batch rather
 * than in the memory. `rememberNames` (src/entities) copies the whole memory on every call and, for a
 * learned surname, scans every remembered name: at 15,000 names and a thousand articles a batch that
 * costs seconds. Here each article's names are remembered into a small memory holding only the
 * entries rememberNames could look at (each name's own key, its surname's key, the full names ending
 * with it), and the result is spliced back; those are all the entries it reads, so the outcome is the same.
 */
import { emptyNameMemory, rememberNames, type LearnedName, type NameMemory, type RememberedName } from '../entities/index.ts';

export interface Sighting {
  learned: readonly LearnedName[];
  /** Publication day (YYYY-MM-DD) of the article that taught them. */
  seenOn: string | null;
}

export interface FoldedNames {
  memory: NameMemory;
  /** Entries added or changed, by key. */
  upserted: Map<string, RememberedName>;
  /** Keys no longer in the memory (merged under a fuller name). */
  removed: string[];
}

/** The memory's key for a name, as rememberNames computes it (its folding is not part of the public API). */
function keyOf(name: LearnedName): string {
  return Object.keys(rememberNames(emptyNameMemory(), [name]).names)[0] ?? name.canonical;
}

const lastWord = (key: string) => key.slice(key.lastIndexOf(' ') + 1);

/** The memory as an ordered map, with the full names under each surname in the same order. */
class WorkingMemory {
  readonly names: Map<string, RememberedName>;
  private readonly bySurname = new Map<string, string[]>();

  constructor(memory: NameMemory) {
    this.names = new Map(Object.entries(memory.names));
    for (const key of this.names.keys()) this.index(key);
  }

  private index(key: string): void {
    if (!key.includes(' ')) return;
    const surname = lastWord(key);
    const keys = this.bySurname.get(surname);
    if (keys) keys.push(key);
    else this.bySurname.set(surname, [key]);
  }

  private unindex(key: string): void {
    if (!key.includes(' ')) return;
    const keys = this.bySurname.get(lastWord(key));
    const at = keys?.indexOf(key) ?? -1;
    if (at >= 0) keys!.splice(at, 1);
  }

  /** The entries rememberNames reads for these names, full names under a surname in memory order. */
  partFor(learned: readonly LearnedName[]): Record<string, RememberedName> {
    const part: Record<string, RememberedName> = {};
    const take = (key: string) => {
      const name = this.names.get(key);
      if (name && !(key in part)) part[key] = name;
    };
    for (const name of learned) {
      const key = keyOf(name);
      if (name.type === 'PER' && !key.includes(' ')) for (const full of this.bySurname.get(key) ?? []) take(full);
      take(key);
      if (name.type === 'PER' && key.includes(' ')) take(lastWord(key));
    }
    return part;
  }

  /** Like `delete names[key]; names[key] = name` on the memory object: the entry moves to the end. */
  put(key: string, name: RememberedName): void {
    this.remove(key);
    this.names.set(key, name);
    this.index(key);
  }

  remove(key: string): void {
    if (this.names.delete(key)) this.unindex(key);
  }
}

export function foldLearnedNames(memory: NameMemory, sightings: readonly Sighting[]): FoldedNames {
  if (sightings.every((sighting) => sighting.learned.length === 0)) return { memory, upserted: new Map(), removed: [] };
  const working = new WorkingMemory(memory);
  const upserted = new Map<string, RememberedName>();
  const removed = new Set<string>();
  for (const { learned, seenOn } of sightings) {
    if (learned.length === 0) continue;
    const part = working.partFor(learned);
    const result = rememberNames({ version: 1, names: part }, learned, seenOn).names;
    for (const key of Object.keys(part)) {
      if (key in result) continue;
      working.remove(key);
      upserted.delete(key);
      removed.add(key);
    }
    for (const [key, name] of Object.entries(result)) {
      if (part[key] === name) continue;
      working.put(key, name);
      upserted.set(key, name);
      removed.delete(key);
    }
  }
  return { memory: { version: 1, names: Object.fromEntries(working.names) }, upserted, removed: [...removed] };
}
