/**
 * A first-order structured perceptron (Collins 2002, "Discriminative training methods for hidden Markov
 * models") with weight averaging as in Daumé III's thesis (2006, the "w - u/c" trick), decoded with
 * Viterbi under BIO constraints. Training is here so that the shipped model can be rebuilt; run time
 * only needs `decode`.
 */
import { LABELS, mayFollow } from './labels.ts';
import type { LearnedName } from './learned-names.ts';

const LABEL_COUNT = LABELS.length;
/** mayFollow as a table: allowed[previous * L + label], the start row at L * L. */
const ALLOWED = Uint8Array.from({ length: (LABEL_COUNT + 1) * LABEL_COUNT }, (_, index) => {
  const previous = Math.floor(index / LABEL_COUNT);
  return mayFollow(previous === LABEL_COUNT ? null : previous, index % LABEL_COUNT) ? 1 : 0;
});

export interface Weights {
  /** Feature → one weight per label. */
  emissions: ReadonlyMap<string, Float32Array>;
  /** transitions[previous * L + label]; the start row is `L * L + label`. */
  transitions: Float32Array;
  /** The folded words the tagger saw in training (pruning drops the weights of many, so their absence says nothing). */
  vocabulary?: ReadonlySet<string>;
  /** Names from the training data's annotations, read by the `h`/`hp` features (learned-names.ts). */
  learned?: readonly LearnedName[];
}

/** The best label sequence for one sequence of feature lists. */
export function decode(weights: Weights, features: readonly (readonly string[])[]): number[] {
  const length = features.length;
  if (length === 0) return [];
  const scores = new Float64Array(length * LABEL_COUNT);
  for (let position = 0; position < length; position += 1) {
    for (const feature of features[position] ?? []) {
      const row = weights.emissions.get(feature);
      if (row === undefined) continue;
      for (let label = 0; label < LABEL_COUNT; label += 1) scores[position * LABEL_COUNT + label]! += row[label]!;
    }
  }
  return viterbi(scores, length, weights.transitions);
}

export function viterbi(scores: Float64Array, length: number, transitions: Float32Array): number[] {
  const labels = new Int8Array(length);
  viterbiInto(scores, length, transitions, labels, 0);
  return Array.from(labels);
}

let best = new Float64Array(256 * LABEL_COUNT);
let back = new Int8Array(256 * LABEL_COUNT);

/** Viterbi over `length` positions of `scores`, the best labels written to `labels` from `offset` on; buffers reused. */
export function viterbiInto(scores: Float64Array, length: number, transitions: Float32Array, labels: Int8Array, offset: number): void {
  if (length === 0) return;
  if (best.length < length * LABEL_COUNT) {
    best = new Float64Array(length * LABEL_COUNT * 2);
    back = new Int8Array(length * LABEL_COUNT * 2);
  }
  const start = LABEL_COUNT * LABEL_COUNT;
  for (let label = 0; label < LABEL_COUNT; label += 1) {
    best[label] = ALLOWED[start + label] === 1 ? scores[label]! + transitions[start + label]! : -Infinity;
  }
  for (let position = 1; position < length; position += 1) {
    const here = position * LABEL_COUNT;
    const before = here - LABEL_COUNT;
    for (let label = 0; label < LABEL_COUNT; label += 1) {
      let top = -Infinity;
      let from = 0;
      for (let previous = 0; previous < LABEL_COUNT; previous += 1) {
        if (ALLOWED[previous * LABEL_COUNT + label] === 0) continue;
        const score = best[before + previous]! + transitions[previous * LABEL_COUNT + label]!;
        if (score > top) {
          top = score;
          from = previous;
        }
      }
      best[here + label] = top + scores[here + label]!;
      back[here + label] = from;
    }
  }
  const lastRow = (length - 1) * LABEL_COUNT;
  let last = 0;
  for (let label = 1; label < LABEL_COUNT; label += 1) if (best[lastRow + label]! > best[lastRow + last]!) last = label;
  labels[offset + length - 1] = last;
  for (let position = length - 1; position > 0; position -= 1) {
    labels[offset + position - 1] = back[position * LABEL_COUNT + labels[offset + position]!]!;
  }
}

export interface TrainingSequence {
  features: string[][];
  labels: number[];
}

export interface TrainOptions {
  epochs: number;
  /** Features seen fewer times than this in training are dropped (noise, and model size). */
  minCount: number;
  /** Seeds the order sequences are visited in; default 12345 (the shipped model's). */
  seed?: number;
  onEpoch?: (epoch: number, errors: number, tokens: number) => void;
}

/** Trains averaged weights. Sequences are visited in a fixed pseudo-random order per epoch. */
export function train(sequences: readonly TrainingSequence[], options: TrainOptions): Weights {
  const counts = new Map<string, number>();
  for (const sequence of sequences) {
    for (const list of sequence.features) for (const feature of list) counts.set(feature, (counts.get(feature) ?? 0) + 1);
  }
  const ids = new Map<string, number>();
  for (const [feature, count] of counts) if (count >= options.minCount) ids.set(feature, ids.size);
  const encoded = sequences.map((sequence) => ({
    features: sequence.features.map((list) => Int32Array.from(list.flatMap((feature) => ids.get(feature) ?? []))),
    labels: sequence.labels,
  }));
  const size = ids.size * LABEL_COUNT;
  const weights = new Float64Array(size);
  const accumulated = new Float64Array(size);
  const transitionSize = (LABEL_COUNT + 1) * LABEL_COUNT;
  const transitions = new Float64Array(transitionSize);
  const transitionsAccumulated = new Float64Array(transitionSize);
  let step = 1;
  let seed = options.seed ?? 12345;
  const order = encoded.map((_, index) => index);
  for (let epoch = 1; epoch <= options.epochs; epoch += 1) {
    for (let index = order.length - 1; index > 0; index -= 1) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      const other = seed % (index + 1);
      [order[index], order[other]] = [order[other]!, order[index]!];
    }
    let errors = 0;
    let tokens = 0;
    for (const at of order) {
      const sequence = encoded[at]!;
      const length = sequence.labels.length;
      const scores = new Float64Array(length * LABEL_COUNT);
      for (let position = 0; position < length; position += 1) {
        for (const feature of sequence.features[position]!) {
          for (let label = 0; label < LABEL_COUNT; label += 1) {
            scores[position * LABEL_COUNT + label]! += weights[feature * LABEL_COUNT + label]!;
          }
        }
      }
      const predicted = viterbi(scores, length, Float32Array.from(transitions));
      tokens += length;
      for (let position = 0; position < length; position += 1) {
        const gold = sequence.labels[position]!;
        const guess = predicted[position]!;
        const goldPrevious = position === 0 ? LABEL_COUNT : sequence.labels[position - 1]!;
        const guessPrevious = position === 0 ? LABEL_COUNT : predicted[position - 1]!;
        if (gold !== guess) {
          errors += 1;
          for (const feature of sequence.features[position]!) {
            weights[feature * LABEL_COUNT + gold]! += 1;
            accumulated[feature * LABEL_COUNT + gold]! += step;
            weights[feature * LABEL_COUNT + guess]! -= 1;
            accumulated[feature * LABEL_COUNT + guess]! -= step;
          }
        }
        if (gold !== guess || goldPrevious !== guessPrevious) {
          transitions[goldPrevious * LABEL_COUNT + gold]! += 1;
          transitionsAccumulated[goldPrevious * LABEL_COUNT + gold]! += step;
          transitions[guessPrevious * LABEL_COUNT + guess]! -= 1;
          transitionsAccumulated[guessPrevious * LABEL_COUNT + guess]! -= step;
        }
      }
      step += 1;
    }
    options.onEpoch?.(epoch, errors, tokens);
  }
  const emissions = new Map<string, Float32Array>();
  for (const [feature, id] of ids) {
    const row = new Float32Array(LABEL_COUNT);
    let any = false;
    for (let label = 0; label < LABEL_COUNT; label += 1) {
      const value = weights[id * LABEL_COUNT + label]! - accumulated[id * LABEL_COUNT + label]! / step;
      row[label] = value;
      if (value !== 0) any = true;
    }
    if (any) emissions.set(feature, row);
  }
  const averagedTransitions = new Float32Array(transitionSize);
  for (let index = 0; index < transitionSize; index += 1) {
    averagedTransitions[index] = transitions[index]! - transitionsAccumulated[index]! / step;
  }
  return { emissions, transitions: averagedTransitions };
}
