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
import { PhraseIndex } from '../gazetteer/phrase-index.ts';
import type { Word } from '../text/words.ts';

export type LearnedType = 'PER' | 'LOC' | 'ORG';
/** A name as the model file stores it: folded words joined by one space, and its type. */
export type LearnedName = readonly [phrase: string, type: LearnedType];

const indexes = new WeakMap<readonly LearnedName[], PhraseIndex>();

/** The names as a phrase index (built once per list): the longest match wins, through proclitics of the first word. */
export function learnedIndex(names: readonly LearnedName[]): PhraseIndex {
  let index = indexes.get(names);
  if (index === undefined) {
    index = new PhraseIndex();
    for (const [phrase, type] of names) index.add(phrase, { type, canonical: phrase });
    indexes.set(names, index);
  }
  return index;
}

/** Per word: `B-TYPE`/`I-TYPE` of the learned name covering it, else ''. */
export function learnedLabels(words: readonly Word[], index: PhraseIndex): string[] {
  const labels = new Array<string>(words.length).fill('');
  for (let at = 0; at < words.length; ) {
    const match = index.matchAt(words, at);
    if (match === null) {
      at += 1;
      continue;
    }
    for (let inside = match.from; inside < match.to; inside += 1) labels[inside] = `${inside === match.from ? 'B' : 'I'}-${match.name.type}`;
    at = match.to;
  }
  return labels;
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
