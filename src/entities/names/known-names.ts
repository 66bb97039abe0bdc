/** Turns a name memory into a phrase index, once per memory object: full names, aliases and surnames. */
import { PhraseIndex } from '../gazetteer/phrase-index.ts';
import type { NameMemory } from './name-memory.ts';

const indexes = new WeakMap<NameMemory, Map<number, PhraseIndex>>();

/** Surnames shorter than this are too often ordinary words to stand alone (لو، شي). */
const MIN_SURNAME = 4;

export function memoryIndex(memory: NameMemory, minSightings: number): PhraseIndex {
  const byThreshold = indexes.get(memory) ?? new Map<number, PhraseIndex>();
  indexes.set(memory, byThreshold);
  const cached = byThreshold.get(minSightings);
  if (cached !== undefined) return cached;
  // Kept per word on the lexicon while this memory is the one in use (an import batch's), as the gazetteer's are.
  const index = new PhraseIndex('memoryFirsts');
  const names = Object.values(memory.names).filter((name) => name.sightings >= minSightings);
  for (const name of names) {
    const known = { type: name.type, canonical: name.canonical };
    index.add(name.canonical, known);
    for (const alias of name.aliases) index.add(alias, known);
  }
  for (const name of names) {
    if (name.type !== 'PER' || !name.canonical.includes(' ')) continue;
    // The surname of each written form: an alias may spell it with a hamza seat the canonical folds away (`رئيسي`).
    for (const full of [name.canonical, ...name.aliases]) {
      const surname = full.split(' ').at(-1) ?? '';
      if (full.includes(' ') && surname.length >= MIN_SURNAME) index.add(surname, { type: name.type, canonical: name.canonical });
    }
  }
  byThreshold.set(minSightings, index);
  return index;
}
