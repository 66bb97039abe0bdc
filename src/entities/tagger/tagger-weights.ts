/**
 * The model's weights regrouped by feature template, so that decoding looks up the word forms it
 * already holds instead of building a string per feature (the tagger's main cost at import speed).
 */
import type { Gazetteer } from '../gazetteer/gazetteer.ts';
import type { Word } from '../text/words.ts';
import { factsAt, ROLE_OFFSETS, viewOf, WORD_TEMPLATES, type Role, type WordFacts } from './features.ts';
import { LABELS } from './labels.ts';
import { viterbi, type Weights } from './perceptron.ts';

const LABEL_COUNT = LABELS.length;
const PAIR_TEMPLATES = new Set(['gp']);

export interface TemplateWeights {
  weights: Weights;
  single: Map<string, Map<string, Float32Array>>;
  pairs: Map<string, Map<string, Map<string, Float32Array>>>;
}

const grouped = new WeakMap<Weights, TemplateWeights>();

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
  const result = { weights, single, pairs };
  grouped.set(weights, result);
  return result;
}

const ROLES = Object.keys(ROLE_OFFSETS) as Role[];
const OFFSETS = Int32Array.from(ROLES.map((role) => ROLE_OFFSETS[role]));

/**
 * The summed weights of every one-word feature a word form contributes in each role, as one array
 * (role-major), kept on the word's cached facts so that a second sighting costs nothing.
 */
function roleRows(model: TemplateWeights, facts: WordFacts): Float32Array {
  if (facts.rowsFor === model && facts.rows !== undefined) return facts.rows;
  const rows = new Float32Array(ROLES.length * LABEL_COUNT);
  for (const { template, role, value } of WORD_TEMPLATES) {
    const found = value(facts);
    const row = found === null ? undefined : model.single.get(template)?.get(found);
    if (row === undefined) continue;
    const base = ROLES.indexOf(role) * LABEL_COUNT;
    for (let label = 0; label < LABEL_COUNT; label += 1) rows[base + label]! += row[label]!;
  }
  facts.rows = rows;
  facts.rowsFor = model;
  return rows;
}

function add(scores: Float64Array, base: number, row: Float32Array | undefined): void {
  if (row === undefined) return;
  for (let label = 0; label < LABEL_COUNT; label += 1) scores[base + label]! += row[label]!;
}

/**
 * The best label index for each word of one sequence: the same scores as summing every feature of
 * visitFeatures (a test holds the two equal), with the one-word features summed once per word form.
 */
export function decodeWords(words: readonly Word[], gazetteer: Gazetteer, model: TemplateWeights, phrases?: string[]): number[] {
  const view = viewOf(words, gazetteer, phrases);
  const count = words.length;
  const scores = new Float64Array(count * LABEL_COUNT);
  const gp = model.pairs.get('gp');
  const g = model.single.get('g');
  const rowsAt = view.facts.map((facts) => roleRows(model, facts));
  const outside = roleRows(model, factsAt(view, -1));
  for (let index = 0; index < count; index += 1) {
    const base = index * LABEL_COUNT;
    for (let role = 0; role < OFFSETS.length; role += 1) {
      const at = index + OFFSETS[role]!;
      const rows = at >= 0 && at < count ? rowsAt[at]! : outside;
      const from = role * LABEL_COUNT;
      for (let label = 0; label < LABEL_COUNT; label += 1) scores[base + label]! += rows[from + label]!;
    }
    add(scores, base, g?.get(view.phrases[index]!));
    add(scores, base, gp?.get(view.phrases[index - 1] ?? '^')?.get(view.phrases[index]!));
  }
  return viterbi(scores, words.length, model.weights.transitions);
}
