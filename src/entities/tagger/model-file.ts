/**
 * The trained tagger as shipped: gzipped JSON beside this module, rounded and pruned. Trained on the
 * first 80% of ANERcorp's tokens (Benajiba, Rosso & Benedí, CICLing 2007); see README.md beside it.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { LABELS } from './labels.ts';
import type { LearnedName } from './learned-names.ts';
import type { Weights } from './perceptron.ts';

export const MODEL_FILE = fileURLToPath(new URL('./ner-model.json.gz', import.meta.url));

interface ModelJson {
  format: 'sahifa-ner-perceptron/1';
  labels: string[];
  transitions: number[];
  /** Feature → weights for LABELS in order. */
  emissions: Record<string, number[]>;
  /** Folded words seen in training, sorted. */
  vocabulary?: string[];
  /** Names of the training data's annotations (learned-names.ts), folded, with their type. */
  learned?: LearnedName[];
  trainedOn: string;
}

const round = (value: number) => Math.round(value * 100) / 100;

export function encodeModel(weights: Weights, trainedOn: string, minWeight: number): Buffer {
  const emissions: Record<string, number[]> = {};
  for (const [feature, row] of weights.emissions) {
    const rounded = Array.from(row, round);
    if (rounded.some((value) => Math.abs(value) >= minWeight)) emissions[feature] = rounded;
  }
  const json: ModelJson = {
    format: 'sahifa-ner-perceptron/1',
    labels: [...LABELS],
    transitions: Array.from(weights.transitions, round),
    emissions,
    vocabulary: weights.vocabulary === undefined ? undefined : [...weights.vocabulary].sort(),
    learned: weights.learned === undefined ? undefined : [...weights.learned],
    trainedOn,
  };
  return zlib.gzipSync(JSON.stringify(json), { level: 9 });
}

export function decodeModel(bytes: Buffer): Weights {
  const json = JSON.parse(zlib.gunzipSync(bytes).toString('utf8')) as ModelJson;
  if (json.format !== 'sahifa-ner-perceptron/1' || json.labels.join() !== LABELS.join()) {
    throw new Error('ner-model.json.gz: unknown format or labels; retrain with bench/entities-train.ts');
  }
  const emissions = new Map<string, Float32Array>();
  for (const [feature, row] of Object.entries(json.emissions)) emissions.set(feature, Float32Array.from(row));
  return {
    emissions,
    transitions: Float32Array.from(json.transitions),
    vocabulary: json.vocabulary === undefined ? undefined : new Set(json.vocabulary),
    learned: json.learned,
  };
}

let shipped: Weights | undefined;

/** The shipped model, read once. */
export function shippedWeights(): Weights {
  shipped ??= decodeModel(fs.readFileSync(MODEL_FILE));
  return shipped;
}

/** Makes the extractor use another model file from now on (benchmarks score a model trained for tuning). */
export function useModelFile(file: string): void {
  shipped = decodeModel(fs.readFileSync(file));
}

/** Makes the extractor use these weights from now on (cross-validation trains and scores in one process). */
export function useWeights(weights: Weights): void {
  shipped = weights;
}
