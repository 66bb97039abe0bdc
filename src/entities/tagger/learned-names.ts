/**
 * Names the tagger learned from its training data's own annotations: every PER, LOC and ORG span of
 * the training part, by its folded words, with the type it was given most often. The tagger reads
 * where they match as a feature (`h`, `hp`), as it reads the hand-kept gazetteer's (`g`, `gp`): a
 * name tagged once is likely tagged again elsewhere (Benajiba, Rosso & Benedí 2008 use such lists).
 *
 * Training builds the feature out of fold (each fifth of the training data sees only the names of the
 * other four), so the weights learn how far an unseen text's match can be trusted, not that a training
 * sentence always matches its own names. The shipped model carries the list from the whole part.
 */
import { PhraseIndex, type PhraseMatch } from '../gazetteer/phrase-index.ts';
import type { Word } from '../text/words.ts';

export type LearnedType = 'PER' | 'LOC' | 'ORG';
/** A name as the model file stores it: folded words joined by one space, and its type. */
export type LearnedName = readonly [phrase: string, type: LearnedType];

const indexes = new WeakMap<readonly LearnedName[], PhraseIndex>();

/** The names as a phrase index (built once per list): the longest match wins, through proclitics of the first word. */
export function learnedIndex(names: readonly LearnedName[]): PhraseIndex {
  let index = indexes.get(names);
  if (index === undefined) {
    // The shipped list lives as long as the process: its matches are kept on each word's lexeme.
    index = new PhraseIndex('learnedFirsts');
    for (const [phrase, type] of names) index.add(phrase, { type, canonical: phrase });
    indexes.set(names, index);
  }
  return index;
}

/** The learned names in `words`, left to right: at each word the longest, none overlapping. */
function learnedMatches(words: readonly Word[], index: PhraseIndex): PhraseMatch[] {
  const matches: PhraseMatch[] = [];
  for (let at = 0; at < words.length; ) {
    const match = index.matchAt(words, at);
    if (match === null) {
      at += 1;
      continue;
    }
    matches.push(match);
    at = match.to;
  }
  return matches;
}

/** Per word: `B-TYPE`/`I-TYPE` of the learned name covering it, else ''. */
export function learnedLabels(words: readonly Word[], index: PhraseIndex): string[] {
  const labels = new Array<string>(words.length).fill('');
  for (const match of learnedMatches(words, index)) {
    for (let inside = match.from; inside < match.to; inside += 1) labels[inside] = `${inside === match.from ? 'B' : 'I'}-${match.name.type}`;
  }
  return labels;
}

/** Per word: the code of the learned name covering it (`codes[B-TYPE]`, `codes[I-TYPE]`), else 0; no strings made. */
export function learnedCodes(words: readonly Word[], index: PhraseIndex, codes: Readonly<Record<string, number>>): Uint8Array {
  const found = new Uint8Array(words.length);
  for (const match of learnedMatches(words, index)) {
    const type = match.name.type;
    found[match.from] = codes[`B-${type}`] ?? 0;
    found.fill(codes[`I-${type}`] ?? 0, match.from + 1, match.to);
  }
  return found;
}

/**
 * Counts spans into a list: `spans` are the folded words of each annotated name with its type. A
 * phrase keeps the type it was given most often (ties: the first seen).
 */
export function collectLearnedNames(spans: Iterable<{ phrase: string; type: LearnedType }>): LearnedName[] {
  const counts = new Map<string, Map<LearnedType, number>>();
  for (const { phrase, type } of spans) {
    if (phrase === '') continue;
    const byType = counts.get(phrase) ?? new Map<LearnedType, number>();
    byType.set(type, (byType.get(type) ?? 0) + 1);
    counts.set(phrase, byType);
  }
  const names: LearnedName[] = [];
  for (const [phrase, byType] of counts) {
    let best: LearnedType | undefined;
    for (const [type, count] of byType) if (best === undefined || count > byType.get(best)!) best = type;
    names.push([phrase, best!]);
  }
  return names.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}
