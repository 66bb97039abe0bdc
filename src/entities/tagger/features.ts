/**
 * The tagger's view of each word: identity, context window, affixes, shape, and gazetteer membership.
 * Feature templates follow the usual NER set for Arabic (Benajiba, Rosso & Benedí 2008: lexical
 * context, affixes, gazetteers), minus POS and base-phrase chunks, which we do not have.
 *
 * A feature is a template and one or two values, visited rather than built as strings: decoding looks
 * the values up in per-template maps, so no string is made per word (see tagger-weights.ts).
 */
import type { Gazetteer } from '../gazetteer/gazetteer.ts';
import type { PhraseIndex } from '../gazetteer/phrase-index.ts';
import { wordStems } from '../text/clitics.ts';
import type { Word } from '../text/words.ts';
import { learnedLabels } from './learned-names.ts';
import { shippedClusters } from './word-clusters.ts';

/** Facts about one word form, reused by its neighbours' features and cached across texts. */
export interface WordFacts {
  key: string;
  stem: string;
  marks: string;
  prefix2: string;
  prefix3: string;
  suffix2: string;
  suffix3: string;
  stemSuffix2: string;
  stemPrefix2: string;
  stemPrefix3: string;
  length: string;
  /** '' for every word: the bias feature. */
  bias: string;
  /** '' when the word carries the article, else null. */
  article: string | null;
  /** The word's distributional class (word-clusters.ts), or its stem's when the word itself is too rare; null when neither has one. */
  cluster: string | null;
  coarseCluster: string | null;
  /** The word's class in the second partition (word-clusters.ts `second`), or its stem's; null when neither has one. */
  secondCluster: string | null;
  /** Where the tagger's summed weights for this word form, by role, sit in its row pool (tagger-weights.ts roleRows); -1 before. */
  rows: number;
  rowsFor: object | undefined;
}

export type FeatureVisitor = (template: string, value: string, second?: string) => void;

const LENGTHS = ['0', '1', '2', '3', '4', '5', '6', '7', '8'];
/** Class numbers as the strings features name them, made once. */
const CLASS_NAMES = Array.from({ length: 4096 }, (_, index) => String(index));
const FACT_CACHE_LIMIT = 200_000;
let factCache = new Map<string, WordFacts>();
let cachedFor: Gazetteer | undefined;

function shapeOf(word: Word): string {
  if (word.kind === 'number') return 'N';
  if (word.kind === 'mark') return /["«»“”'`]/.test(word.text) ? 'Q' : 'P';
  return /^[a-z]/.test(word.key) ? 'L' : 'A';
}

const marksCache = new WeakMap<Gazetteer, Map<string, string>>();

/** The gazetteer lists each folded word is in, as letters (C country, P place, O organization, D demonym, T title, G given name). */
function marksByKey(gazetteer: Gazetteer): Map<string, string> {
  let marks = marksCache.get(gazetteer);
  if (marks !== undefined) return marks;
  marks = new Map();
  const lists: [string, Iterable<string>][] = [
    ['C', gazetteer.countryKeys],
    ['P', gazetteer.placeKeys],
    ['O', gazetteer.organizationKeys],
    ['D', gazetteer.demonyms.keys()],
    ['T', gazetteer.titleKeys],
    ['G', gazetteer.givenNames],
  ];
  for (const [letter, keys] of lists) for (const key of keys) marks.set(key, (marks.get(key) ?? '') + letter);
  marksCache.set(gazetteer, marks);
  return marks;
}

function computeFacts(word: Word, gazetteer: Gazetteer): WordFacts {
  const key = word.kind === 'number' ? '<num>' : word.key;
  let marks = shapeOf(word);
  let stem = '';
  if (word.kind === 'word') {
    const stems = wordStems(word);
    stem = stems[stems.length - 1]?.key ?? key;
    const gazetteerMarks = marksByKey(gazetteer);
    for (const candidate of stems) {
      const hit = gazetteerMarks.get(candidate.key);
      if (hit !== undefined) {
        marks += hit;
        stem = candidate.key;
        break;
      }
    }
  }
  let fine: number | undefined;
  let second: number | undefined;
  const clusters = word.kind === 'word' ? shippedClusters() : undefined;
  if (clusters !== undefined) {
    fine = clusters.fine.get(key);
    if (fine === undefined) for (const candidate of wordStems(word)) if ((fine = clusters.fine.get(candidate.key)) !== undefined) break;
    second = clusters.second.get(key);
    if (second === undefined) for (const candidate of wordStems(word)) if ((second = clusters.second.get(candidate.key)) !== undefined) break;
  }
  return {
    key,
    stem,
    marks,
    prefix2: key.slice(0, 2),
    prefix3: key.slice(0, 3),
    suffix2: key.slice(-2),
    suffix3: key.slice(-3),
    stemSuffix2: stem.slice(-2),
    stemPrefix2: stem.slice(0, 2),
    stemPrefix3: stem.slice(0, 3),
    length: LENGTHS[Math.min(key.length, 8)]!,
    bias: '',
    article: word.kind === 'word' && key.startsWith('ال') ? '' : null,
    cluster: fine === undefined ? (word.kind === 'word' ? '?' : null) : (CLASS_NAMES[fine] ?? String(fine)),
    coarseCluster: fine === undefined ? null : (CLASS_NAMES[clusters?.coarse[fine] ?? -1] ?? '?'),
    secondCluster: second === undefined ? null : (CLASS_NAMES[second] ?? String(second)),
    // Filled in by tagger-weights.ts; present from the start so every facts object has one shape.
    rows: -1,
    rowsFor: undefined,
  };
}

export function factsOf(word: Word, gazetteer: Gazetteer): WordFacts {
  // Words keep their facts on their lexeme; numbers share one set; marks (few) go through the cache.
  const lexeme = word.lexeme;
  if (lexeme !== undefined && lexeme.factsFor === gazetteer) return lexeme.facts as WordFacts;
  if (cachedFor !== gazetteer || factCache.size > FACT_CACHE_LIMIT) {
    factCache = new Map();
    cachedFor = gazetteer;
  }
  const key = word.kind === 'number' ? '<num>' : word.key;
  let facts = factCache.get(key);
  if (facts === undefined) {
    facts = computeFacts(word, gazetteer);
    // Words are cached on their lexeme only, so the map stays small.
    if (lexeme === undefined) factCache.set(key, facts);
  }
  if (lexeme !== undefined) {
    lexeme.facts = facts;
    lexeme.factsFor = gazetteer;
  }
  return facts;
}

/** Labels of the phrase-gazetteer match covering each word: `B-LOC`, `I-ORG` or ''. */
export function phraseLabels(words: readonly Word[], gazetteer: Gazetteer): string[] {
  const labels = new Array<string>(words.length).fill('');
  for (let index = 0; index < words.length; ) {
    const match = gazetteer.names.matchAt(words, index);
    if (match === null) {
      index += 1;
      continue;
    }
    for (let inside = match.from; inside < match.to; inside += 1) {
      labels[inside] = `${inside === match.from ? 'B' : 'I'}-${match.name.type}`;
    }
    index = match.to;
  }
  return labels;
}

export const NONE: WordFacts = computeFacts({ text: '', start: 0, end: 0, kind: 'mark', key: '<none>' }, {
  countryKeys: new Set(),
  placeKeys: new Set(),
  organizationKeys: new Set(),
  demonyms: new Map(),
  titleKeys: new Set(),
  givenNames: new Set(),
} as unknown as Gazetteer);
NONE.stem = '<none>';
NONE.marks = '';

export type Role = 'self' | 'previous' | 'next' | 'beforePrevious' | 'afterNext';
/** Where the word a role reads sits, relative to the word being labelled. */
export const ROLE_OFFSETS: Readonly<Record<Role, number>> = { self: 0, previous: -1, next: 1, beforePrevious: -2, afterNext: 2 };

/** The facts a feature may read: each a string, or null for an absent feature. */
export type FactField =
  | 'bias' | 'key' | 'stem' | 'marks' | 'prefix2' | 'prefix3' | 'suffix2' | 'suffix3' | 'stemSuffix2' | 'stemPrefix2'
  | 'stemPrefix3' | 'length' | 'article' | 'cluster' | 'coarseCluster' | 'secondCluster';

/**
 * Every feature that reads one word: its template, which word it reads, and which of its facts.
 * Decoding pre-sums these per word form and role (tagger-weights.ts), so they are listed, not coded inline.
 */
export const WORD_TEMPLATES: ReadonlyArray<{ template: string; role: Role; field: FactField }> = [
  { template: 'b', role: 'self', field: 'bias' },
  { template: 'w', role: 'self', field: 'key' },
  { template: 's', role: 'self', field: 'stem' },
  { template: 'm', role: 'self', field: 'marks' },
  { template: 'pf2', role: 'self', field: 'prefix2' },
  { template: 'pf3', role: 'self', field: 'prefix3' },
  { template: 'sf2', role: 'self', field: 'suffix2' },
  { template: 'sf3', role: 'self', field: 'suffix3' },
  { template: 'ss2', role: 'self', field: 'stemSuffix2' },
  { template: 'sp2', role: 'self', field: 'stemPrefix2' },
  { template: 'sp3', role: 'self', field: 'stemPrefix3' },
  { template: 'len', role: 'self', field: 'length' },
  { template: 'al', role: 'self', field: 'article' },
  { template: 'c', role: 'self', field: 'cluster' },
  { template: 'cc', role: 'self', field: 'coarseCluster' },
  { template: 'c2', role: 'self', field: 'secondCluster' },
  { template: 'p', role: 'previous', field: 'key' },
  { template: 'ps', role: 'previous', field: 'stem' },
  { template: 'pm', role: 'previous', field: 'marks' },
  { template: 'pc', role: 'previous', field: 'cluster' },
  { template: 'pcc', role: 'previous', field: 'coarseCluster' },
  { template: 'pc2', role: 'previous', field: 'secondCluster' },
  { template: 'n', role: 'next', field: 'key' },
  { template: 'ns', role: 'next', field: 'stem' },
  { template: 'nm', role: 'next', field: 'marks' },
  { template: 'nc', role: 'next', field: 'cluster' },
  { template: 'ncc', role: 'next', field: 'coarseCluster' },
  { template: 'nc2', role: 'next', field: 'secondCluster' },
  { template: 'pp', role: 'beforePrevious', field: 'key' },
  { template: 'ppm', role: 'beforePrevious', field: 'marks' },
  { template: 'nn', role: 'afterNext', field: 'key' },
];

/**
 * The gazetteer phrase labels (`g`, `gp`) and the learned names' (`h`, `hp`: learned-names.ts) need the whole sequence. Word-pair features (previous|this,
 * this|next) were tried and dropped: they scored lower on ANERcorp and cost a third of tagging time.
 */
export interface SequenceView {
  facts: WordFacts[];
  phrases: string[];
  /** Null when the model has no learned names. */
  learned: string[] | null;
}

/** `phrases` may come from the caller, who often has matched the gazetteer already; `learned`: the model's learned names. */
export function viewOf(words: readonly Word[], gazetteer: Gazetteer, phrases = phraseLabels(words, gazetteer), learned?: PhraseIndex): SequenceView {
  return { facts: words.map((word) => factsOf(word, gazetteer)), phrases, learned: learned === undefined ? null : learnedLabels(words, learned) };
}

export function factsAt(view: SequenceView, index: number): WordFacts {
  return view.facts[index] ?? NONE;
}

/** Calls `visit(index, template, value, second?)` for every feature of every word of one sequence. */
export function visitFeatures(
  words: readonly Word[],
  gazetteer: Gazetteer,
  visit: (index: number, template: string, value: string, second?: string) => void,
  learned?: PhraseIndex,
): void {
  const view = viewOf(words, gazetteer, undefined, learned);
  for (let index = 0; index < words.length; index += 1) {
    for (const { template, role, field } of WORD_TEMPLATES) {
      const found = factsAt(view, index + ROLE_OFFSETS[role])[field];
      if (found !== null) visit(index, template, found);
    }
    visit(index, 'g', view.phrases[index]!);
    visit(index, 'gp', view.phrases[index - 1] ?? '^', view.phrases[index]!);
    if (view.learned !== null) {
      visit(index, 'h', view.learned[index]!);
      visit(index, 'hp', view.learned[index - 1] ?? '^', view.learned[index]!);
    }
  }
}

/** The feature as one string, as training counts it and the model file stores it. */
export function featureName(template: string, value: string, second?: string): string {
  return second === undefined ? `${template}=${value}` : `${template}=${value}|${second}`;
}

/** Feature strings for every word of one sequence (training); `learned`: the learned names in force for it. */
export function sequenceFeatures(words: readonly Word[], gazetteer: Gazetteer, learned?: PhraseIndex): string[][] {
  const features = words.map((): string[] => []);
  visitFeatures(words, gazetteer, (index, template, value, second) => features[index]!.push(featureName(template, value, second)), learned);
  return features;
}
