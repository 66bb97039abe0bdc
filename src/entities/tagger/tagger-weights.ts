/**
 * The model's weights regrouped by feature template, so that decoding looks up the word forms it
 * already holds instead of building a string per feature (the tagger's main cost at import speed).
 */
import type { Gazetteer } from '../gazetteer/gazetteer.ts';
import type { PhraseIndex } from '../gazetteer/phrase-index.ts';
import type { Word } from '../text/words.ts';
import { factsOf, NONE, ROLE_OFFSETS, viewOf, WORD_TEMPLATES, type FactField, type Role, type WordFacts } from './features.ts';
import { LABELS, mayFollow } from './labels.ts';
import { learnedIndex } from './learned-names.ts';
import type { Weights } from './perceptron.ts';

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
  /** Per previous label, its highest transition weight into an O or B- label (decodeRange's pruning). */
  transitionCeilings: Float64Array;
  /** Every word form's summed weights by role (roleRows), BLOCK floats each, in one array that decoding indexes. */
  rows: RowPool;
}

/**
 * One array for all word forms' rows rather than a small typed array each: decoding then reads one
 * array through plain offsets, and a form costs its 180 bytes and no object. Grows by doubling up to
 * MAX_POOL_ROWS forms, then starts afresh under a new generation (offsets cached under an older one are
 * recomputed), so an endless import stays bounded.
 */
interface RowPool {
  array: Float32Array;
  used: number;
  generation: object;
}

const FIRST_POOL_ROWS = 1 << 14;
const MAX_POOL_ROWS = 1 << 18;

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
  const rows: RowPool = { array: new Float32Array(FIRST_POOL_ROWS * BLOCK), used: 0, generation: {} };
  const transitionCeilings = Float64Array.from(LABELS, (_, previous) => Math.max(...Array.from(FREE, (label) => weights.transitions[previous * LABEL_COUNT + label]!)));
  const result = { weights, single, pairs, byField, table, phraseRows, phrasePairRows, learnedRows, learnedPairRows, learnedIndex: learned, transitionCeilings, rows };
  grouped.set(weights, result);
  return result;
}

/**
 * Room for `forms` more word forms' rows without the pool starting afresh, so that offsets taken for
 * one text stay valid while it is decoded.
 */
export function reserveRows(model: TemplateWeights, forms: number): void {
  const pool = model.rows;
  const needed = pool.used + (forms + 1) * BLOCK;
  if (needed <= pool.array.length) return;
  if (needed > MAX_POOL_ROWS * BLOCK) {
    pool.array = new Float32Array(Math.max(FIRST_POOL_ROWS, forms + 1) * BLOCK);
    pool.used = 0;
    pool.generation = {};
    return;
  }
  let length = pool.array.length * 2;
  while (length < needed) length *= 2;
  const grown = new Float32Array(Math.min(length, MAX_POOL_ROWS * BLOCK));
  grown.set(pool.array.subarray(0, pool.used));
  pool.array = grown;
}

/**
 * The offset in `model.rows.array` of the summed weights of every one-word feature a word form
 * contributes in each role (role-major), kept on the word's cached facts so that a second sighting
 * costs nothing. Sums in single precision, as the weights are stored. Callers reserveRows first.
 */
export function roleRows(model: TemplateWeights, facts: WordFacts): number {
  const pool = model.rows;
  if (facts.rowsFor === pool.generation) return facts.rows;
  if (pool.used + BLOCK > pool.array.length) reserveRows(model, 1);
  const rows = pool.array;
  const at = pool.used;
  pool.used += BLOCK;
  const table = model.table;
  for (const { field, offsets } of model.byField) {
    const found = facts[field];
    const offset = found === null ? undefined : offsets.get(found);
    if (offset === undefined) continue;
    for (let index = 0; index < BLOCK; index += 1) rows[at + index]! += table[offset + index]!;
  }
  facts.rows = at;
  facts.rowsFor = pool.generation;
  return at;
}

/**
 * roleRows of a word's facts, kept on its lexicon entry as well: a word already met then costs one
 * read of the entry it holds. Callers reserveRows first.
 */
export function wordRows(model: TemplateWeights, word: Word, gazetteer: Gazetteer): number {
  const lexeme = word.lexeme;
  const generation = model.rows.generation;
  if (lexeme !== undefined && lexeme.rowsFor === generation && lexeme.factsFor === gazetteer) return lexeme.rows;
  const at = roleRows(model, factsOf(word, gazetteer));
  if (lexeme !== undefined) {
    lexeme.rows = at;
    lexeme.rowsFor = generation;
  }
  return at;
}

/**
 * Viterbi tries only the label pairs BIO allows (labels.ts mayFollow): an O or B- label may follow any
 * label (FREE), an I- label only its B- and itself (CONTINUED, with OPENER its B-). With 15 labels that
 * is 8 × 15 + 7 × 2 = 134 pairs a word instead of 225.
 */
const FREE = Int32Array.from(LABELS.flatMap((_, label) => (LABELS.every((__, previous) => mayFollow(previous, label)) ? [label] : [])));
const CONTINUED = Int32Array.from(LABELS.flatMap((_, label) => (FREE.includes(label) ? [] : [label])));
const OPENER = Int32Array.from(CONTINUED, (label) => LABELS.findIndex((_, previous) => previous !== label && mayFollow(previous, label)));
for (const [at, label] of CONTINUED.entries()) {
  const allowed = LABELS.flatMap((_, previous) => (mayFollow(previous, label) ? [previous] : []));
  if (allowed.join() !== [OPENER[at], label].sort((a, b) => a! - b!).join()) throw new Error('labels.ts: an I- label must follow exactly its B- and itself');
}
const FREE_COUNT = FREE.length;
const STARTS = Uint8Array.from(LABELS, (_, label) => (mayFollow(null, label) ? 1 : 0));

/** Scratch space reused by every call: one word's emission scores, the best scores of the word before and of this one, back pointers. */
const emission = new Float64Array(LABEL_COUNT);
let before = new Float64Array(LABEL_COUNT);
let here = new Float64Array(LABEL_COUNT);
let back = new Int8Array(256 * LABEL_COUNT);
const freeTop = new Float64Array(FREE_COUNT);
const freeFrom = new Int32Array(FREE_COUNT);

/**
 * Labels words `from` to `to` (one sequence, end exclusive) into `labels`: the same scores as summing
 * every feature of visitFeatures (a test holds the two equal), with the one-word features summed once
 * per word form (`rowsAt`: roleRows of each word, taken after one reserveRows for them all), and the same Viterbi as perceptron.ts (the same
 * additions in the same order, ties to the lower label), fused: each word's emission scores are summed
 * and its Viterbi step taken in one pass, with no allocation per sequence.
 */
export function decodeRange(
  model: TemplateWeights,
  rowsAt: Int32Array,
  phrases: Uint8Array,
  from: number,
  to: number,
  labels: Int8Array,
  learned?: Uint8Array,
): void {
  const count = to - from;
  if (count <= 0) return;
  if (back.length < count * LABEL_COUNT) back = new Int8Array(count * LABEL_COUNT * 2);
  const { phraseRows, phrasePairRows, learnedRows, learnedPairRows } = model;
  const transitions = model.weights.transitions;
  const ceilings = model.transitionCeilings;
  const outside = roleRows(model, NONE);
  const rows = model.rows.array;
  const scores = emission;
  const pointers = back;
  let previousBest = before;
  let best = here;
  const startRow = LABEL_COUNT * LABEL_COUNT;
  for (let index = from; index < to; index += 1) {
    scores.fill(0);
    for (let role = 0; role < ROLE_COUNT; role += 1) {
      const at = index + OFFSETS[role]!;
      const offset = (at >= from && at < to ? rowsAt[at]! : outside) + role * LABEL_COUNT;
      for (let label = 0; label < LABEL_COUNT; label += 1) scores[label]! += rows[offset + label]!;
    }
    const phrase = phrases[index]!;
    const phraseRow = phraseRows[phrase];
    if (phraseRow !== undefined) for (let label = 0; label < LABEL_COUNT; label += 1) scores[label]! += phraseRow[label]!;
    const pairRow = phrasePairRows[(index === from ? START : phrases[index - 1]!) * PHRASE_COUNT + phrase];
    if (pairRow !== undefined) for (let label = 0; label < LABEL_COUNT; label += 1) scores[label]! += pairRow[label]!;
    if (learned !== undefined && learnedRows !== null && learnedPairRows !== null) {
      const code = learned[index]!;
      const learnedRow = learnedRows[code];
      if (learnedRow !== undefined) for (let label = 0; label < LABEL_COUNT; label += 1) scores[label]! += learnedRow[label]!;
      const learnedPair = learnedPairRows[(index === from ? START : learned[index - 1]!) * PHRASE_COUNT + code];
      if (learnedPair !== undefined) for (let label = 0; label < LABEL_COUNT; label += 1) scores[label]! += learnedPair[label]!;
    }
    if (index === from) {
      for (let label = 0; label < LABEL_COUNT; label += 1) best[label] = STARTS[label] === 1 ? scores[label]! + transitions[startRow + label]! : -Infinity;
    } else {
      const row = (index - from) * LABEL_COUNT;
      // O and B- labels: the best of every previous label, ties to the lower one as perceptron.ts viterbi
      // breaks them. The previous word's best label goes first; its lowest score over these labels is
      // then a floor that a previous label whose best plus its highest transition stays under cannot
      // reach, so it is passed over (most are: a word's few likely labels far outscore the rest).
      let lead = 0;
      for (let previous = 1; previous < LABEL_COUNT; previous += 1) if (previousBest[previous]! > previousBest[lead]!) lead = previous;
      const leadBest = previousBest[lead]!;
      let floor = Infinity;
      for (let at = 0; at < FREE_COUNT; at += 1) {
        const score = leadBest + transitions[lead * LABEL_COUNT + FREE[at]!]!;
        freeTop[at] = score;
        freeFrom[at] = lead;
        if (score < floor) floor = score;
      }
      for (let previous = 0; previous < LABEL_COUNT; previous += 1) {
        const base = previousBest[previous]!;
        if (previous === lead || base + ceilings[previous]! < floor) continue;
        const transitionRow = previous * LABEL_COUNT;
        for (let at = 0; at < FREE_COUNT; at += 1) {
          const score = base + transitions[transitionRow + FREE[at]!]!;
          if (score > freeTop[at]! || (score === freeTop[at]! && previous < freeFrom[at]!)) {
            freeTop[at] = score;
            freeFrom[at] = previous;
          }
        }
      }
      for (let at = 0; at < FREE_COUNT; at += 1) {
        const label = FREE[at]!;
        best[label] = freeTop[at]! + scores[label]!;
        pointers[row + label] = freeFrom[at]!;
      }
      // I- labels: their B- (always the lower label) or themselves.
      for (let at = 0; at < CONTINUED.length; at += 1) {
        const label = CONTINUED[at]!;
        const opener = OPENER[at]!;
        let top = -Infinity;
        let chosen = 0;
        const opened = previousBest[opener]! + transitions[opener * LABEL_COUNT + label]!;
        if (opened > top) {
          top = opened;
          chosen = opener;
        }
        const continued = previousBest[label]! + transitions[label * LABEL_COUNT + label]!;
        if (continued > top) {
          top = continued;
          chosen = label;
        }
        best[label] = top + scores[label]!;
        pointers[row + label] = chosen;
      }
    }
    const swap = previousBest;
    previousBest = best;
    best = swap;
  }
  // previousBest now holds the last word's scores.
  let last = 0;
  for (let label = 1; label < LABEL_COUNT; label += 1) if (previousBest[label]! > previousBest[last]!) last = label;
  labels[to - 1] = last;
  for (let position = count - 1; position > 0; position -= 1) labels[from + position - 1] = pointers[position * LABEL_COUNT + labels[from + position]!]!;
  before = previousBest;
  here = best;
}

/** The best label index for each word of one sequence (see decodeRange). */
export function decodeWords(words: readonly Word[], gazetteer: Gazetteer, model: TemplateWeights, phrases?: string[]): number[] {
  const view = viewOf(words, gazetteer, phrases, model.learnedIndex);
  const labels = new Int8Array(words.length);
  reserveRows(model, words.length);
  const learned = view.learned === null ? undefined : Uint8Array.from(view.learned, phraseCode);
  decodeRange(model, Int32Array.from(view.facts, (facts) => roleRows(model, facts)), Uint8Array.from(view.phrases, phraseCode), 0, words.length, labels, learned);
  return Array.from(labels);
}
