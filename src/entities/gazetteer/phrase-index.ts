/** Finds known multi-word names in a run of words, the first word possibly carrying proclitics. */
import { wordStems } from '../text/clitics.ts';
import { detached, foldPhrase } from '../text/fold.ts';
import { keyTail } from '../text/lexicon.ts';
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

/** The phrases that may start at one word: per clitic-less stem with candidates, its letters and the candidates. */
type Firsts = readonly { letters: number; candidates: readonly IndexedPhrase[] }[];
const NO_FIRSTS: Firsts = [];

const FOLDED_LIMIT = 50_000;
let foldedPhrases = new Map<string, readonly string[]>();

/** A phrase's folded words; remembered, since an article's names are indexed again in every article that names them. */
function foldedWords(phrase: string): readonly string[] {
  let folded = foldedPhrases.get(phrase);
  if (folded === undefined) {
    if (foldedPhrases.size >= FOLDED_LIMIT) foldedPhrases = new Map();
    folded = foldPhrase(phrase).split(' ');
    foldedPhrases.set(detached(phrase), folded);
  }
  return folded;
}

/** A lexeme field that keeps one long-lived index's phrases per word, and the field beside it naming the index state they were found in. */
type Slot = 'firsts' | 'otherFirsts' | 'learnedFirsts' | 'memoryFirsts';
const VERSION_FIELD = { firsts: 'firstsFor', otherFirsts: 'otherFirstsFor', learnedFirsts: 'learnedFirstsFor', memoryFirsts: 'memoryFirstsFor' } as const;

export class PhraseIndex {
  readonly #byFirst = new Map<string, IndexedPhrase[]>();
  /** Every folded phrase added (its words joined by spaces), so that an add checks for a duplicate in one lookup. */
  readonly #phrases = new Set<string>();
  /** Lists added to since they were last sorted: a name memory's index adds thousands of phrases to lists of hundreds (`محمد …`), sorted once before the first match instead of on every add. */
  readonly #unsorted = new Set<IndexedPhrase[]>();
  /** Replaced on every add, so that what a lexeme cached for an older state is not used. */
  #version = {};
  readonly #slot: Slot | null;
  /** One bit per keyTail of the first words: most words of a text are passed over on it without a lookup. */
  readonly #tails = new Uint32Array(1 << 11);

  /**
   * `slot`: an index used for many texts (the gazetteer's for the process, a name memory's for an
   * import batch) may keep, on each word's lexeme, which of its phrases start there; a second sighting
   * of the word then costs no lookup. Each slot serves one index at a time: a lexeme's entry made for
   * another index, or for this one before an add, is found stale by its version and made again.
   */
  constructor(slot: Slot | null = null) {
    this.#slot = slot;
  }

  /** Adds a phrase; an earlier entry for the same folded phrase wins. */
  add(phrase: string, name: KnownName): void {
    const folded = foldedWords(phrase);
    const first = folded[0] ?? '';
    if (first === '') return;
    // Words hold no space, so the joined words name the folded phrase exactly.
    const whole = folded.length === 1 ? first : folded.join(' ');
    if (this.#phrases.has(whole)) return;
    this.#phrases.add(whole);
    const rest = folded.slice(1);
    const list = this.#byFirst.get(first);
    if (list === undefined) this.#byFirst.set(first, [{ name, rest }]);
    else {
      list.push({ name, rest });
      this.#unsorted.add(list);
    }
    const tail = keyTail(first);
    this.#tails[tail >>> 5]! |= 1 << (tail & 31);
    this.#version = {};
  }

  /**
   * Longest first, so `آسيا الوسطى` wins over `آسيا`; a stable sort, so phrases of one length keep the
   * order they were added in (what sorting after every add gave).
   */
  #sortLists(): void {
    for (const list of this.#unsorted) list.sort((a, b) => b.rest.length - a.rest.length);
    this.#unsorted.clear();
  }

  #firstsOf(word: Word): Firsts {
    const slot = this.#slot;
    const lexeme = slot === null ? undefined : word.lexeme;
    if (lexeme !== undefined && lexeme[VERSION_FIELD[slot!]] === this.#version) return lexeme[slot!] as Firsts;
    let firsts: { letters: number; candidates: readonly IndexedPhrase[] }[] | undefined;
    const tail = word.lexeme?.tail ?? keyTail(word.key);
    if ((this.#tails[tail >>> 5]! & (1 << (tail & 31))) !== 0) {
      for (const stem of wordStems(word)) {
        const candidates = this.#byFirst.get(stem.key);
        if (candidates !== undefined) (firsts ??= []).push({ letters: stem.letters, candidates });
      }
    }
    const found = firsts ?? NO_FIRSTS;
    if (lexeme !== undefined) {
      lexeme[slot!] = found;
      lexeme[VERSION_FIELD[slot!]] = this.#version;
    }
    return found;
  }

  get size(): number {
    return this.#byFirst.size;
  }

  /** The longest phrase starting at `words[from]`, trying the word as written before its clitic-less stems. */
  matchAt(words: readonly Word[], from: number): PhraseMatch | null {
    const first = words[from];
    if (first === undefined || first.kind !== 'word') return null;
    if (this.#unsorted.size !== 0) this.#sortLists();
    const firsts = this.#firstsOf(first);
    for (let at = 0; at < firsts.length; at += 1) {
      const { letters, candidates } = firsts[at]!;
      for (const candidate of candidates) {
        const rest = candidate.rest;
        let matches = true;
        for (let offset = 0; offset < rest.length && matches; offset += 1) matches = words[from + 1 + offset]?.key === rest[offset];
        if (matches) return { name: candidate.name, from, to: from + 1 + rest.length, cliticLetters: letters };
      }
    }
    return null;
  }

  /** Whether the folded key (one word, clitics already stripped) starts any phrase. */
  hasFirst(key: string): boolean {
    return this.#byFirst.has(key);
  }
}
