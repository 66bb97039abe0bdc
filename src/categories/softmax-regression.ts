/**
 * Multinomial (softmax) logistic regression on sparse features (Jurafsky and Martin, "Speech and Language
 * Processing", 3rd ed. draft, ch. 5, §5.3 and §5.7): the mean cross-entropy plus an L2 penalty on the
 * weights is minimized by stochastic gradient descent as in Bottou, "Stochastic Gradient Descent Tricks"
 * (Neural Networks: Tricks of the Trade, 2nd ed., Springer 2012, §5.1): a rate η₀ / (1 + η₀λt), and the
 * weights kept as a scale times a vector so that the penalty costs O(1) per example instead of O(weights).
 * Examples are visited in a seeded order, so training is deterministic.
 */
import type { SparseMatrix, SparseVector } from './sparse-matrix.ts';
import { seededRandom } from '../lib/seeded-random.ts';

export interface SoftmaxTrainingOptions {
  /** Strength λ of the L2 penalty (λ/2·‖W‖²). */
  l2?: number;
  /** Passes over the training examples. */
  epochs?: number;
  /** Initial learning rate η₀. */
  learningRate?: number;
  /** Seed of the order in which examples are visited. */
  seed?: number;
}

export interface SoftmaxWeights {
  classCount: number;
  featureCount: number;
  /** Feature-major: the weight of feature `j` for class `k` is at `j * classCount + k`. */
  weights: Float64Array;
  biases: Float64Array;
}

export interface SoftmaxTrainingResult extends SoftmaxWeights {
  epochs: number;
  /** The regularized mean cross-entropy over the training examples after the last pass. */
  loss: number;
}

/** Turns scores into probabilities in place, shifted by the maximum so that no exponential overflows. */
export function softmaxInPlace(scores: Float64Array): Float64Array {
  let max = Number.NEGATIVE_INFINITY;
  for (const score of scores) max = Math.max(max, score);
  let sum = 0;
  for (let k = 0; k < scores.length; k += 1) {
    const exp = Math.exp((scores[k] as number) - max);
    scores[k] = exp;
    sum += exp;
  }
  for (let k = 0; k < scores.length; k += 1) scores[k] = (scores[k] as number) / sum;
  return scores;
}

function scoreInto(
  scores: Float64Array,
  weights: Float64Array,
  biases: Float64Array,
  indices: Int32Array,
  values: Float64Array,
  from: number,
  to: number,
): void {
  const classCount = scores.length;
  scores.set(biases);
  for (let entry = from; entry < to; entry += 1) {
    const offset = (indices[entry] as number) * classCount;
    const value = values[entry] as number;
    for (let k = 0; k < classCount; k += 1) scores[k] = (scores[k] as number) + (weights[offset + k] as number) * value;
  }
}

/** The class probabilities for one feature vector. */
export function predictProbabilities(model: SoftmaxWeights, vector: SparseVector): Float64Array {
  const scores = new Float64Array(model.classCount);
  scoreInto(scores, model.weights, model.biases, vector.indices, vector.values, 0, vector.indices.length);
  return softmaxInPlace(scores);
}

function shuffleInPlace(order: Int32Array, random: () => number): void {
  for (let i = order.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    const swap = order[i] as number;
    order[i] = order[j] as number;
    order[j] = swap;
  }
}

/** The scale is folded back into the vector before it underflows. */
const MIN_SCALE = 1e-9;

export function trainSoftmaxRegression(
  matrix: SparseMatrix,
  labels: Int32Array,
  classCount: number,
  options: SoftmaxTrainingOptions = {},
): SoftmaxTrainingResult {
  const { l2 = 1e-5, epochs = 12, learningRate = 1, seed = 1 } = options;
  const { rowCount, columnCount: featureCount, rowStarts, indices, values } = matrix;
  if (labels.length !== rowCount) throw new Error(`expected ${rowCount} labels, got ${labels.length}`);
  if (rowCount === 0) throw new Error('cannot train on no examples');
  // The weights are `scale * vector`: shrinking all of them for the penalty is one multiplication.
  const vector = new Float64Array(featureCount * classCount);
  const biases = new Float64Array(classCount);
  let scale = 1;
  const scores = new Float64Array(classCount);
  const order = Int32Array.from({ length: rowCount }, (_, index) => index);
  const random = seededRandom(seed);
  let step = 0;
  for (let epoch = 0; epoch < epochs; epoch += 1) {
    shuffleInPlace(order, random);
    for (const row of order) {
      const rate = learningRate / (1 + learningRate * l2 * step);
      step += 1;
      const from = rowStarts[row] as number;
      const to = rowStarts[row + 1] as number;
      scores.set(biases);
      for (let entry = from; entry < to; entry += 1) {
        const offset = (indices[entry] as number) * classCount;
        const value = (values[entry] as number) * scale;
        for (let k = 0; k < classCount; k += 1) scores[k] = (scores[k] as number) + (vector[offset + k] as number) * value;
      }
      softmaxInPlace(scores);
      const label = labels[row] as number;
      scores[label] = (scores[label] as number) - 1; // p − onehot(y): the gradient of the scores
      scale *= 1 - rate * l2;
      const vectorRate = rate / scale;
      for (let k = 0; k < classCount; k += 1) biases[k] = (biases[k] as number) - rate * (scores[k] as number);
      for (let entry = from; entry < to; entry += 1) {
        const offset = (indices[entry] as number) * classCount;
        const value = (values[entry] as number) * vectorRate;
        for (let k = 0; k < classCount; k += 1) vector[offset + k] = (vector[offset + k] as number) - (scores[k] as number) * value;
      }
      if (scale < MIN_SCALE) {
        for (let i = 0; i < vector.length; i += 1) vector[i] = (vector[i] as number) * scale;
        scale = 1;
      }
    }
  }
  for (let i = 0; i < vector.length; i += 1) vector[i] = (vector[i] as number) * scale;
  const model = { classCount, featureCount, weights: vector, biases };
  return { ...model, epochs, loss: meanLoss(model, matrix, labels, l2) };
}

function meanLoss(model: SoftmaxWeights, matrix: SparseMatrix, labels: Int32Array, l2: number): number {
  const scores = new Float64Array(model.classCount);
  let loss = 0;
  for (let row = 0; row < matrix.rowCount; row += 1) {
    scoreInto(scores, model.weights, model.biases, matrix.indices, matrix.values, matrix.rowStarts[row] as number, matrix.rowStarts[row + 1] as number);
    softmaxInPlace(scores);
    loss -= Math.log(Math.max(scores[labels[row] as number] as number, 1e-300));
  }
  let squares = 0;
  for (const weight of model.weights) squares += weight * weight;
  return loss / matrix.rowCount + (l2 / 2) * squares;
}
