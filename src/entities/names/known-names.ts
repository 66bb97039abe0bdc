/**
 * Turns a name memory into a phrase index of its full names, aliases and surnames. An import asks for
 * the index of a new memory every batch (the names learned two batches before added): the index of the
 * memory asked for last is then brought up to date with what changed (nameMemoryChange) instead of
 * being built again from the tens of thousands of names, and the phrases its words cached on the
 * lexicon stay (phrase-index.ts), where a rebuild started every batch's words cold.
 *
 * The index answers as if built in one pass: canonicals and aliases in the memory's order, then the
 * surnames in that order, the first entry of a folded phrase winning. Each phrase keeps its entries
 * ranked so (`Entry.rank`), and takes the name of its best one.
 */
import { foldedWords, PhraseIndex, type KnownName } from '../gazetteer/phrase-index.ts';
import { nameMemoryChange } from './name-memory-change.ts';
import type { NameMemory, RememberedName } from './name-memory.ts';

/** Surnames shorter than this are too often ordinary words to stand alone (لو، شي). */
const MIN_SURNAME = 4;

/** One written form a remembered name puts in the index. */
interface Entry {
  /** The form's folded words joined by spaces: the phrase it is an entry of. */
  phrase: string;
  /** Surnames after every canonical and alias; then the memory's order; then the form's place in the name. */
  rank: [surname: 0 | 1, order: number, form: number];
  name: KnownName;
}

interface Phrase {
  words: readonly string[];
  entries: Entry[];
}

function before(a: Entry, b: Entry): boolean {
  for (let at = 0; at < 3; at += 1) if (a.rank[at] !== b.rank[at]) return a.rank[at]! < b.rank[at]!;
  return false;
}

class MemoryIndex {
  readonly index = new PhraseIndex('memoryFirsts', { growing: true });
  /** Each key's place in the memory's order: kept keys keep theirs, appended ones come after all. */
  readonly #order = new Map<string, number>();
  #nextOrder = 0;
  readonly #entriesOf = new Map<string, Entry[]>();
  readonly #phrases = new Map<string, Phrase>();

  constructor(
    public memory: NameMemory,
    private readonly minSightings: number,
  ) {
    this.#update(Object.keys(memory.names), [], [], memory);
  }

  /** Brings the index from `this.memory` to `next`. */
  moveTo(next: NameMemory): void {
    const change = nameMemoryChange(this.memory, next);
    this.#update(
      change.appended.map(([key]) => key),
      change.dropped,
      change.changed.map(([key]) => key),
      next,
    );
    this.memory = next;
  }

  #update(appended: string[], dropped: string[], changed: string[], next: NameMemory): void {
    const touched = new Set<Phrase>();
    for (const key of dropped) {
      this.#withdraw(key, touched);
      this.#order.delete(key);
    }
    for (const key of changed) {
      this.#withdraw(key, touched);
      this.#enter(key, next.names[key]!, touched);
    }
    for (const key of appended) {
      this.#order.set(key, this.#nextOrder++);
      this.#enter(key, next.names[key]!, touched);
    }
    for (const phrase of touched) {
      let best: Entry | undefined;
      for (const entry of phrase.entries) if (best === undefined || before(entry, best)) best = entry;
      if (best === undefined) {
        this.index.remove(phrase.words);
        this.#phrases.delete(phrase.words.join(' '));
      } else this.index.put(phrase.words, best.name);
    }
  }

  #withdraw(key: string, touched: Set<Phrase>): void {
    for (const entry of this.#entriesOf.get(key) ?? []) {
      const phrase = this.#phrases.get(entry.phrase)!;
      phrase.entries.splice(phrase.entries.indexOf(entry), 1);
      touched.add(phrase);
    }
    this.#entriesOf.delete(key);
  }

  #enter(key: string, name: RememberedName, touched: Set<Phrase>): void {
    if (name.sightings < this.minSightings) return;
    const order = this.#order.get(key)!;
    const forms = [name.canonical, ...name.aliases];
    const entries: Entry[] = [];
    const known = { type: name.type, canonical: name.canonical };
    forms.forEach((form, at) => entries.push({ phrase: form, rank: [0, order, at], name: known }));
    if (name.type === 'PER' && name.canonical.includes(' ')) {
      // The surname of each written form: an alias may spell it with a hamza seat the canonical folds away (`رئيسي`).
      forms.forEach((form, at) => {
        const surname = form.split(' ').at(-1) ?? '';
        if (form.includes(' ') && surname.length >= MIN_SURNAME) entries.push({ phrase: surname, rank: [1, order, at], name: { type: name.type, canonical: name.canonical } });
      });
    }
    const kept: Entry[] = [];
    for (const entry of entries) {
      const words = foldedWords(entry.phrase);
      // As PhraseIndex.add: a phrase whose first word folds to nothing is not indexed.
      if ((words[0] ?? '') === '') continue;
      entry.phrase = words.join(' ');
      let phrase = this.#phrases.get(entry.phrase);
      if (phrase === undefined) this.#phrases.set(entry.phrase, (phrase = { words, entries: [] }));
      phrase.entries.push(entry);
      touched.add(phrase);
      kept.push(entry);
    }
    this.#entriesOf.set(key, kept);
  }
}

/** The index of the memory asked for last, per sightings threshold. */
const current = new Map<number, MemoryIndex>();

export function memoryIndex(memory: NameMemory, minSightings: number): PhraseIndex {
  const held = current.get(minSightings);
  if (held === undefined) {
    const built = new MemoryIndex(memory, minSightings);
    current.set(minSightings, built);
    return built.index;
  }
  if (held.memory !== memory) held.moveTo(memory);
  return held.index;
}
