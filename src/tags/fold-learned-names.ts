/**
 * Folds the names a batch of articles learned into the name memory, in time linear in the batch rather
 * than in the memory. `rememberNames` (src/entities) copies the whole memory on every call and, for a
 * learned surname, scans every remembered name: at 15,000 names and a thousand articles a batch that
 * costs seconds. Here it runs on the few remembered names each learned name could join (its own key,
 * its surname's, the full names ending with it), and the result is spliced back; those are all the
 * entries rememberNames looks at, so the outcome is the same.
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

export function foldLearnedNames(memory: NameMemory, sightings: readonly Sighting[]): FoldedNames {
  const learned = sightings.flatMap((sighting) => sighting.learned);
  if (learned.length === 0) return { memory, upserted: new Map(), removed: [] };
  const wanted = new Set<string>();
  const surnames = new Set<string>();
  for (const name of learned) {
    const key = keyOf(name);
    wanted.add(key);
    if (name.type !== 'PER') continue;
    if (key.includes(' ')) wanted.add(lastWord(key));
    else surnames.add(key);
  }
  // In the memory's own order, so that a surname shared by two full names joins the same one rememberNames would pick.
  const part: Record<string, RememberedName> = {};
  for (const [key, name] of Object.entries(memory.names)) {
    if (wanted.has(key) || (key.includes(' ') && surnames.has(lastWord(key)))) part[key] = name;
  }
  let folded: NameMemory = { version: 1, names: part };
  for (const sighting of sightings) {
    if (sighting.learned.length > 0) folded = rememberNames(folded, sighting.learned, sighting.seenOn);
  }
  const names: Record<string, RememberedName> = {};
  for (const [key, name] of Object.entries(memory.names)) if (!(key in part)) names[key] = name;
  Object.assign(names, folded.names);
  return {
    memory: { version: 1, names },
    upserted: new Map(Object.entries(folded.names).filter(([key, name]) => part[key] !== name)),
    removed: Object.keys(part).filter((key) => !(key in folded.names)),
  };
}
