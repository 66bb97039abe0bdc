/** Finds known multi-word names in a run of words, the first word possibly carrying proclitics. */
import { wordStems } from '../text/clitics.ts';
import { foldPhrase } from '../text/fold.ts';
import type { Word } from '../text/words.ts';

export interface KnownName {
  type: 'PER' | 'LOC' | 'ORG';
  canonical: string;
}

interface IndexedPhrase {
  name: KnownName;
  /** Folded words after the first. */
  rest: string[];
}

export interface PhraseMatch {
  name: KnownName;
  /** Index of the first and one past the last word. */
  from: number;
  to: number;
  /** Letters of proclitics on the first word, left out of the span. */
  cliticLetters: number;
}

export class PhraseIndex {
  readonly #byFirst = new Map<string, IndexedPhrase[]>();

  /** Adds a phrase; an earlier entry for the same folded phrase wins. */
  add(phrase: string, name: KnownName): void {
    const [first = '', ...rest] = foldPhrase(phrase).split(' ');
    if (first === '') return;
    const list = this.#byFirst.get(first) ?? [];
    if (list.some((entry) => entry.rest.join(' ') === rest.join(' '))) return;
    list.push({ name, rest });
    // Longest first, so `آسيا الوسطى` wins over `آسيا`.
    list.sort((a, b) => b.rest.length - a.rest.length);
    this.#byFirst.set(first, list);
  }

  get size(): number {
    return this.#byFirst.size;
  }

  /** The longest phrase starting at `words[from]`, trying the word as written before its clitic-less stems. */
  matchAt(words: readonly Word[], from: number): PhraseMatch | null {
    const first = words[from];
    if (first === undefined || first.kind !== 'word') return null;
    for (const stem of wordStems(first)) {
      const candidates = this.#byFirst.get(stem.key);
      if (candidates === undefined) continue;
      for (const candidate of candidates) {
        if (candidate.rest.every((key, offset) => words[from + 1 + offset]?.key === key)) {
          return { name: candidate.name, from, to: from + 1 + candidate.rest.length, cliticLetters: stem.letters };
        }
      }
    }
    return null;
  }

  /** Whether the folded key (one word, clitics already stripped) starts any phrase. */
  hasFirst(key: string): boolean {
    return this.#byFirst.has(key);
  }
}
