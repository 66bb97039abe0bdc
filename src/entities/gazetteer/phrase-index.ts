/** Finds known multi-word names in a run of words, the first word possibly carrying proclitics. */
import { wordStems } from '../text/clitics.ts';
import { detached, foldPhrase } from '../text/fold.ts';
import { keyTail, type Lexeme } from '../text/lexicon.ts';
import type { Word } from '../text/words.ts';

export interface KnownName {
  type: 'PER' | 'LOC' | 'ORG';
  canonical: string;
}

interface IndexedPhrase {
  name: KnownName;
  /** Folded words after the first. */
  rest: readonly string[];
}

export interface PhraseMatch {
  name: KnownName;
  /** Index of the first and one past the last word. */
  from: number;
  to: number;
  /** Letters of proclitics on the first word, left out of the span. */
  cliticLetters: number;
}

/** Lists at least this long are also grouped by their second word (a name memory's `محمد …` runs to hundreds). */
const GROUP_FROM = 8;

/** Lexemes a growing index keeps waiting (see PhraseIndex) before it lets them all go. */
const WAITING_LIMIT = 500_000;

/**
 * The phrases starting with one folded word: the one-word phrase, if any, and the longer ones longest
 * first. Only one phrase of each length can match a text (phrases are unique), so the first longer one
 * that matches is the longest, whatever the order among phrases of one length. Kept, emptied, rather
 * than deleted when its last phrase goes, so that what a lexeme cached for the word stays right.
 */
interface FirstWord {
  single: IndexedPhrase | null;
  longer: IndexedPhrase[];
  /** `longer` needs sorting (after an add). */
  unsorted: boolean;
  /** `longer` by its second word, each longest first; built on the first match after a change, for long lists. */
  bySecond: Map<string, IndexedPhrase[]> | null;
}

/** The phrases that may start at one word: per clitic-less stem with phrases, its letters and its first word. */
type Firsts = readonly { letters: number; first: FirstWord }[];
const NO_FIRSTS: Firsts = [];

const FOLDED_LIMIT = 50_000;
let foldedPhrases = new Map<string, readonly string[]>();

/** A phrase's folded words; remembered, since an article's names are indexed again in every article that names them. */
export function foldedWords(phrase: string): readonly string[] {
  let folded = foldedPhrases.get(phrase);
  if (folded === undefined) {
    if (foldedPhrases.size >= FOLDED_LIMIT) foldedPhrases = new Map();
    folded = foldPhrase(phrase).split(' ');
    foldedPhrases.set(detached(phrase), folded);
  }
  return folded;
}

/** Which lexeme fields keep one long-lived index's first words per word (and the index state they were found in). */
type Slot = 'firsts' | 'otherFirsts' | 'learnedFirsts' | 'memoryFirsts';
const SLOT_NUMBER = { firsts: 0, otherFirsts: 1, learnedFirsts: 2, memoryFirsts: 3 } as const;

/**
 * What a lexeme keeps for the index in `slot`, if it was found in state `version`. The fields are read
 * by name, one site each, rather than by a computed key: this runs for every word of every text
 * against every index, and a load whose key varies is a slow, megamorphic one.
 */
function cachedFirsts(lexeme: Lexeme, slot: number, version: object): Firsts | undefined {
  switch (slot) {
    case 0:
      return lexeme.firstsFor === version ? (lexeme.firsts as Firsts) : undefined;
    case 1:
      return lexeme.otherFirstsFor === version ? (lexeme.otherFirsts as Firsts) : undefined;
    case 2:
      return lexeme.learnedFirstsFor === version ? (lexeme.learnedFirsts as Firsts) : undefined;
    default:
      return lexeme.memoryFirstsFor === version ? (lexeme.memoryFirsts as Firsts) : undefined;
  }
}

function cacheFirsts(lexeme: Lexeme, slot: number, version: object, firsts: Firsts): void {
  switch (slot) {
    case 0:
      lexeme.firsts = firsts;
      lexeme.firstsFor = version;
      break;
    case 1:
      lexeme.otherFirsts = firsts;
      lexeme.otherFirstsFor = version;
      break;
    case 2:
      lexeme.learnedFirsts = firsts;
      lexeme.learnedFirstsFor = version;
      break;
    default:
      lexeme.memoryFirsts = firsts;
      lexeme.memoryFirstsFor = version;
  }
}

/** Makes the lexeme look its list up again for the index in `slot`. */
function forgetFirsts(lexeme: Lexeme, slot: number): void {
  switch (slot) {
    case 0:
      lexeme.firstsFor = undefined;
      break;
    case 1:
      lexeme.otherFirstsFor = undefined;
      break;
    case 2:
      lexeme.learnedFirstsFor = undefined;
      break;
    default:
      lexeme.memoryFirstsFor = undefined;
  }
}

const byLength = (a: IndexedPhrase, b: IndexedPhrase) => b.rest.length - a.rest.length;

function sortFirstWord(first: FirstWord): void {
  first.longer.sort(byLength);
  first.unsorted = false;
  if (first.longer.length < GROUP_FROM) return;
  const bySecond = new Map<string, IndexedPhrase[]>();
  for (const phrase of first.longer) {
    const group = bySecond.get(phrase.rest[0]!);
    if (group === undefined) bySecond.set(phrase.rest[0]!, [phrase]);
    else group.push(phrase);
  }
  first.bySecond = bySecond;
}

export class PhraseIndex {
  readonly #byFirst = new Map<string, FirstWord>();
  /** Every folded phrase (its words joined by spaces: words hold no space), so that an add or a removal finds it in one lookup. */
  readonly #phrases = new Map<string, IndexedPhrase>();
  /** SLOT_NUMBER of the slot, -1 for none. */
  readonly #slot: number;
  /** First words with phrases. */
  #size = 0;
  /** One bit per keyTail of the first words: most words of a text are passed over on it without a lookup. */
  readonly #tails = new Uint32Array(1 << 11);
  /**
   * Replaced when a first word is added, so that what a lexeme cached for an older state is not used.
   * Phrases added to or removed from a first word already cached need nothing: the cache holds the
   * `FirstWord` itself.
   */
  #version = {};
  /** See the constructor. */
  readonly #growing: boolean;
  /** A growing index's lexemes waiting on a stem that starts no phrase yet, by the stem's key, and how many they are in all. */
  #waiting = new Map<string, Lexeme[]>();
  #waitingCount = 0;

  /**
   * `slot`: an index used for many texts (the gazetteer's for the process, a name memory's for an
   * import) may keep, on each word's lexeme, which of its first words the word's stems are; a second
   * sighting of the word then costs no lookup. Each slot serves one index at a time: a lexeme's entry
   * made for another index is found stale by its version and made again.
   *
   * `growing`: for an index that gains first words while in use (a name memory's, every import batch).
   * A new first word made every word's cached list stale (a new version), so each batch's words were
   * all looked up again. Instead a growing index keeps, for each stem that started no phrase when a
   * word was looked up, the lexemes that cached a list without it (#waiting); a first word added later
   * makes only those look up again (12,000 ANT articles with the memory updated every 500: 154,005
   * lookups instead of 564,258). The lists cached keep only entries that exist, so that most words'
   * is the shared empty one and reading it touches nothing else.
   */
  constructor(slot: Slot | null = null, options: { growing?: boolean } = {}) {
    this.#slot = slot === null ? -1 : SLOT_NUMBER[slot];
    this.#growing = options.growing === true && slot !== null;
  }

  /** Adds a phrase; an earlier entry for the same folded phrase wins. */
  add(phrase: string, name: KnownName): void {
    const folded = foldedWords(phrase);
    if ((folded[0] ?? '') === '') return;
    // Words hold no space, so the joined words name the folded phrase exactly.
    if (this.#phrases.has(folded.length === 1 ? folded[0]! : folded.join(' '))) return;
    this.put(folded, name);
  }

  /** Sets the name of a phrase given by its folded words (`foldedWords`), adding it or replacing the name it had. */
  put(folded: readonly string[], name: KnownName): void {
    const key = folded[0] ?? '';
    if (key === '') return;
    const whole = folded.length === 1 ? key : folded.join(' ');
    const known = this.#phrases.get(whole);
    if (known !== undefined) {
      known.name = name;
      return;
    }
    const phrase: IndexedPhrase = { name, rest: folded.slice(1) };
    this.#phrases.set(whole, phrase);
    let first = this.#byFirst.get(key);
    if (first === undefined) {
      first = { single: null, longer: [], unsorted: false, bySecond: null };
      this.#byFirst.set(key, first);
      const tail = keyTail(key);
      this.#tails[tail >>> 5]! |= 1 << (tail & 31);
      if (!this.#growing) this.#version = {};
      else {
        // Only the lists cached without this word need making again.
        const waiting = this.#waiting.get(key);
        if (waiting !== undefined) {
          this.#waiting.delete(key);
          for (const lexeme of waiting) forgetFirsts(lexeme, this.#slot);
        }
      }
    }
    if (first.single === null && first.longer.length === 0) this.#size += 1;
    if (phrase.rest.length === 0) first.single = phrase;
    else {
      first.longer.push(phrase);
      first.unsorted = true;
      first.bySecond = null;
    }
  }

  /** Removes a phrase given by its folded words, if present. */
  remove(folded: readonly string[]): void {
    const key = folded[0] ?? '';
    const whole = folded.length === 1 ? key : folded.join(' ');
    const phrase = this.#phrases.get(whole);
    if (phrase === undefined) return;
    this.#phrases.delete(whole);
    const first = this.#byFirst.get(key)!;
    if (first.single === phrase) first.single = null;
    else {
      first.longer.splice(first.longer.indexOf(phrase), 1);
      if (first.bySecond !== null) first.unsorted = true;
      first.bySecond = null;
    }
    if (first.single === null && first.longer.length === 0) this.#size -= 1;
  }

  #firstsOf(word: Word): Firsts {
    const slot = this.#slot;
    const lexeme = slot < 0 ? undefined : word.lexeme;
    if (lexeme !== undefined) {
      const cached = cachedFirsts(lexeme, slot, this.#version);
      if (cached !== undefined) return cached;
    }
    let firsts: { letters: number; first: FirstWord }[] | undefined;
    if (lexeme !== undefined && this.#growing) {
      const found = this.#lookUpWaiting(word, lexeme);
      cacheFirsts(lexeme, slot, this.#version, found);
      return found;
    }
    const tail = word.lexeme?.tail ?? keyTail(word.key);
    if ((this.#tails[tail >>> 5]! & (1 << (tail & 31))) !== 0) {
      for (const stem of wordStems(word)) {
        const first = this.#byFirst.get(stem.key);
        if (first !== undefined) (firsts ??= []).push({ letters: stem.letters, first });
      }
    }
    const found = firsts ?? NO_FIRSTS;
    if (lexeme !== undefined) cacheFirsts(lexeme, slot, this.#version, found);
    return found;
  }

  /** A growing index's first words for the word's stems; the lexeme waits on each stem that has none. */
  #lookUpWaiting(word: Word, lexeme: Lexeme): Firsts {
    if (this.#waitingCount >= WAITING_LIMIT) {
      // Bounds a long import's memory (lexemes the lexicon has let go of among them): every list is made again.
      this.#waiting = new Map();
      this.#waitingCount = 0;
      this.#version = {};
    }
    let firsts: { letters: number; first: FirstWord }[] | undefined;
    for (const stem of wordStems(word)) {
      const first = this.#byFirst.get(stem.key);
      if (first !== undefined) (firsts ??= []).push({ letters: stem.letters, first });
      else {
        const waiting = this.#waiting.get(stem.key);
        if (waiting === undefined) this.#waiting.set(stem.key, [lexeme]);
        else waiting.push(lexeme);
        this.#waitingCount += 1;
      }
    }
    return firsts ?? NO_FIRSTS;
  }

  get size(): number {
    return this.#size;
  }

  /** The longest phrase starting at `words[from]`, trying the word as written before its clitic-less stems. */
  matchAt(words: readonly Word[], from: number): PhraseMatch | null {
    const word = words[from];
    if (word === undefined || word.kind !== 'word') return null;
    const firsts = this.#firstsOf(word);
    for (let at = 0; at < firsts.length; at += 1) {
      const { letters, first } = firsts[at]!;
      if (first.longer.length !== 0) {
        const next = words[from + 1];
        if (next !== undefined) {
          if (first.unsorted) sortFirstWord(first);
          // Grouped by the second word, whose comparison is then already made.
          const grouped = first.bySecond !== null;
          const candidates = grouped ? first.bySecond!.get(next.key) : first.longer;
          if (candidates !== undefined) {
            for (const candidate of candidates) {
              const rest = candidate.rest;
              let matches = true;
              for (let offset = grouped ? 1 : 0; offset < rest.length && matches; offset += 1) matches = words[from + 1 + offset]?.key === rest[offset];
              if (matches) return { name: candidate.name, from, to: from + 1 + rest.length, cliticLetters: letters };
            }
          }
        }
      }
      if (first.single !== null) return { name: first.single.name, from, to: from + 1, cliticLetters: letters };
    }
    return null;
  }

  /** Whether the folded key (one word, clitics already stripped) starts any phrase. */
  hasFirst(key: string): boolean {
    const first = this.#byFirst.get(key);
    return first !== undefined && (first.single !== null || first.longer.length !== 0);
  }
}
