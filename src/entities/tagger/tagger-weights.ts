/**
 * The model's weights regrouped by feature template, so that decoding looks up the word forms it
 * already holds instead of building a string per feature (the tagger's main cost at import speed).
 */
import type { Gazetteer } from '../gazetteer/gazetteer.ts';
import type { PhraseIndex } from '../gazetteer/phrase-index.ts';
import type { Word } from '../text/words.ts';
import { NONE, ROLE_OFFSETS, viewOf, WORD_TEMPLATES, type FactField, type Role, type WordFacts } from './features.ts';
import { LABELS } from './labels.ts';
import { learnedIndex } from './learned-names.ts';
import { viterbiInto, type Weights } from './perceptron.ts';

const LABEL_COUNT = LABELS.length;
const PAIR_TEMPLATES = new Set(['gp', 'hp']);

export interface TemplateWeights {
  weights: Weights;
  single: Map<string, Map<string, Float32Array>>;
  pairs: Map<string, Map<string, Map<string, Float32Array>>>;
  /**
   * The one-word features grouped by the fact they read: each value of the fact maps to the offset of a
   * block in `table` holding its weights in every role it is read in (role-major, summed over the
   * templates). A new word form then costs one lookup per fact instead of one per template.
   */
  byField: { field: FactField; offsets: Map<string, number> }[];
  table: Float32Array;
  /** The `g` weights by phrase code (phraseCode), and the `gp` weights at `previous * PHRASE_COUNT + code` (previous START before a sequence). */
  phraseRows: (Float32Array | undefined)[];
  phrasePairRows: (Float32Array | undefined)[];
  /** The same for the learned names (`h`, `hp`), by the same codes; null when the model has none. */
  learnedRows: (Float32Array | undefined)[] | null;
  learnedPairRows: (Float32Array | undefined)[] | null;
  /** The learned names' index (learned-names.ts), when the model has them. */
  learnedIndex: PhraseIndex | undefined;
}

/** The gazetteer phrase labels (features.ts phraseLabels) as small numbers, so decoding indexes arrays instead of maps. */
const PHRASES = ['', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG'] as const;
const PHRASE_COUNT = PHRASES.length;
const START = PHRASE_COUNT;

export function phraseCode(label: string): number {
  if (label === '') return 0;
  const code = PHRASES.indexOf(label as (typeof PHRASES)[number]);
  return code < 0 ? 0 : code;
}

const grouped = new WeakMap<Weights, TemplateWeights>();

/** A phrase template's rows by code, and its pair template's by `previous * PHRASE_COUNT + code`. */
function codedRows(
  one: Map<string, Float32Array> | undefined,
  pair: Map<string, Map<string, Float32Array>> | undefined,
): [(Float32Array | undefined)[], (Float32Array | undefined)[]] {
  const rows = PHRASES.map((phrase) => one?.get(phrase));
  const pairRows = Array.from({ length: (PHRASE_COUNT + 1) * PHRASE_COUNT }, (_, index) => {
    const previous = Math.floor(index / PHRASE_COUNT);
    return pair?.get(previous === START ? '^' : PHRASES[previous]!)?.get(PHRASES[index % PHRASE_COUNT]!);
  });
  return [rows, pairRows];
}

const ROLES = Object.keys(ROLE_OFFSETS) as Role[];
const OFFSETS = Int32Array.from(ROLES.map((role) => ROLE_OFFSETS[role]));
const ROLE_COUNT = ROLES.length;
const BLOCK = ROLE_COUNT * LABEL_COUNT;

export function byTemplate(weights: Weights): TemplateWeights {
  const known = grouped.get(weights);
  if (known !== undefined) return known;
  const single = new Map<string, Map<string, Float32Array>>();
  const pairs = new Map<string, Map<string, Map<string, Float32Array>>>();
  for (const [feature, row] of weights.emissions) {
    const equals = feature.indexOf('=');
    const template = feature.slice(0, equals);
    const value = feature.slice(equals + 1);
    if (PAIR_TEMPLATES.has(template)) {
      const bar = value.indexOf('|');
      const byFirst = pairs.get(template) ?? new Map<string, Map<string, Float32Array>>();
      pairs.set(template, byFirst);
      const first = value.slice(0, bar);
      const bySecond = byFirst.get(first) ?? new Map<string, Float32Array>();
      byFirst.set(first, bySecond);
      bySecond.set(value.slice(bar + 1), row);
    } else {
      const byValue = single.get(template) ?? new Map<string, Float32Array>();
      single.set(template, byValue);
      byValue.set(value, row);
    }
  }
  const blocks = new Map<FactField, Map<string, Float32Array>>();
  for (const { template, role, field } of WORD_TEMPLATES) {
    const byValue = single.get(template);
    if (byValue === undefined) continue;
    const blockOf = blocks.get(field) ?? new Map<string, Float32Array>();
    blocks.set(field, blockOf);
    const roleBase = ROLES.indexOf(role) * LABEL_COUNT;
    for (const [found, row] of byValue) {
      let block = blockOf.get(found);
      if (block === undefined) blockOf.set(found, (block = new Float32Array(BLOCK)));
      for (let label = 0; label < LABEL_COUNT; label += 1) block[roleBase + label]! += row[label]!;
    }
  }
  let blockCount = 0;
  for (const blockOf of blocks.values()) blockCount += blockOf.size;
  const table = new Float32Array(blockCount * BLOCK);
  let filled = 0;
  const byField = [...blocks].map(([field, blockOf]) => {
    const offsets = new Map<string, number>();
    for (const [found, block] of blockOf) {
      table.set(block, filled);
      offsets.set(found, filled);
      filled += BLOCK;
    }
    return { field, offsets };
  });
  const [phraseRows, phrasePairRows] = codedRows(single.get('g'), pairs.get('gp'));
  const [learnedRows, learnedPairRows] = weights.learned === undefined ? [null, null] : codedRows(single.get('h'), pairs.get('hp'));
  const learned = weights.learned === undefined ? undefined : learnedIndex(weights.learned);
  const result = { weights, single, pairs, byField, table, phraseRows, phrasePairRows, learnedRows, learnedPairRows, learnedIndex: learned };
  grouped.set(weights, result);
  return result;
}

/**
 * The summed weights of every one-word feature a word form contributes in each role, as one array
 * (role-major), kept on the word's cached facts so that a second sighting costs nothing.
 */
export function roleRows(model: TemplateWeights, facts: WordFacts): Float32Array {
  if (facts.rowsFor === model && facts.rows !== undefined) return facts.rows;
  const rows = new Float32Array(ROLE_COUNT * LABEL_COUNT);
  const table = model.table;
  for (const { field, offsets } of model.byField) {
    const found = facts[field];
    const offset = found === null ? undefined : offsets.get(found);
    if (offset === undefined) continue;
    for (let index = 0; index < BLOCK; index += 1) rows[index]! += table[offset + index]!;
  }
  facts.rows = rows;
  facts.rowsFor = model;
  return rows;
}

function add(scores: Float64Array, base: number, row: Float32Array | undefined): void {
  if (row === undefined) return;
  for (let label = 0; label < LABEL_COUNT; label += 1) scores[base + label]! += row[label]!;
}

let scores = new Float64Array(256 * LABEL_COUNT);

/**
 * Labels words `from` to `to` (one sequence, end exclusive) into `labels`: the same scores as summing
 * every feature of visitFeatures (a test holds the two equal), with the one-word features summed once
 * per word form (`rowsAt`: roleRows of each word) and no allocation per sequence.
 */
export function decodeRange(
  model: TemplateWeights,
  rowsAt: readonly Float32Array[],
  phrases: Uint8Array,
  from: number,
  to: number,
  labels: Int8Array,
  learned?: Uint8Array,
): void {
  const count = to - from;
  if (count <= 0) return;
  if (scores.length < count * LABEL_COUNT) scores = new Float64Array(count * LABEL_COUNT * 2);
  scores.fill(0, 0, count * LABEL_COUNT);
  const { phraseRows, phrasePairRows, learnedRows, learnedPairRows } = model;
  const outside = roleRows(model, NONE);
  for (let index = from; index < to; index += 1) {
    const base = (index - from) * LABEL_COUNT;
    for (let role = 0; role < ROLE_COUNT; role += 1) {
      const at = index + OFFSETS[role]!;
      const rows = at >= from && at < to ? rowsAt[at]! : outside;
      const offset = role * LABEL_COUNT;
      for (let label = 0; label < LABEL_COUNT; label += 1) scores[base + label]! += rows[offset + label]!;
    }
    const phrase = phrases[index]!;
    add(scores, base, phraseRows[phrase]);
    add(scores, base, phrasePairRows[(index === from ? START : phrases[index - 1]!) * PHRASE_COUNT + phrase]);
    if (learned !== undefined && learnedRows !== null && learnedPairRows !== null) {
      const code = learned[index]!;
      add(scores, base, learnedRows[code]);
      add(scores, base, learnedPairRows[(index === from ? START : learned[index - 1]!) * PHRASE_COUNT + code]);
    }
  }
  viterbiInto(scores, count, model.weights.transitions, labels, from);
}

/** The best label index for each word of one sequence (see decodeRange). */
export function decodeWords(words: readonly Word[], gazetteer: Gazetteer, model: TemplateWeights, phrases?: string[]): number[] {
  const view = viewOf(words, gazetteer, phrases, model.learnedIndex);
  const labels = new Int8Array(words.length);
  const learned = view.learned === null ? undefined : Uint8Array.from(view.learned, phraseCode);
  decodeRange(model, view.facts.map((facts) => roleRows(model, facts)), Uint8Array.from(view.phrases, phraseCode), 0, words.length, labels, learned);
  return Array.from(labels);
}
