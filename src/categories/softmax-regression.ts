/**
 * Multinomial (softmax) logistic regression on sparse features: minimizes the mean cross-entropy plus
 * an L2 penalty on the weights (not the biases) with L-BFGS, as in Jurafsky and Martin, "Speech and
 * Language Processing" (3rd ed. draft), ch. 5, "Logistic Regression", §5.3 and §5.7.
 */
import { minimizeLbfgs } from './lbfgs.ts';
import type { SparseMatrix, SparseVector } from './sparse-matrix.ts';

export interface SoftmaxTrainingOptions {
  /** Strength of the L2 penalty (λ/2·‖W‖²). */
  l2?: number;
  maxIterations?: number;
}

export interface SoftmaxWeights {
  classCount: number;
  featureCount: number;
  /** Feature-major: the weight of feature `j` for class `k` is at `j * classCount + k`. */
  weights: Float64Array;
  biases: Float64Array;
}

export interface SoftmaxTrainingResult extends SoftmaxWeights {
  iterations: number;
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

export function trainSoftmaxRegression(
  matrix: SparseMatrix,
  labels: Int32Array,
  classCount: number,
  options: SoftmaxTrainingOptions = {},
): SoftmaxTrainingResult {
  const { l2 = 1e-4, maxIterations = 150 } = options;
  const { rowCount, columnCount: featureCount, rowStarts, indices, values } = matrix;
  if (labels.length !== rowCount) throw new Error(`expected ${rowCount} labels, got ${labels.length}`);
  if (rowCount === 0) throw new Error('cannot train on no examples');
  const weightCount = featureCount * classCount;
  const scores = new Float64Array(classCount);

  // Parameters are one vector: the weights, then the biases.
  const objective = (parameters: Float64Array, gradient: Float64Array): number => {
    const weights = parameters.subarray(0, weightCount);
    const biases = parameters.subarray(weightCount);
    const weightGradient = gradient.subarray(0, weightCount);
    const biasGradient = gradient.subarray(weightCount);
    gradient.fill(0);
    let loss = 0;
    for (let row = 0; row < rowCount; row += 1) {
      const from = rowStarts[row] as number;
      const to = rowStarts[row + 1] as number;
      scoreInto(scores, weights, biases, indices, values, from, to);
      softmaxInPlace(scores);
      const label = labels[row] as number;
      loss -= Math.log(Math.max(scores[label] as number, 1e-300));
      scores[label] = (scores[label] as number) - 1; // now p − onehot(y): the gradient of the scores
      for (let k = 0; k < classCount; k += 1) biasGradient[k] = (biasGradient[k] as number) + (scores[k] as number);
      for (let entry = from; entry < to; entry += 1) {
        const offset = (indices[entry] as number) * classCount;
        const value = values[entry] as number;
        for (let k = 0; k < classCount; k += 1) weightGradient[offset + k] = (weightGradient[offset + k] as number) + (scores[k] as number) * value;
      }
    }
    let penalty = 0;
    for (let i = 0; i < weightCount; i += 1) {
      const weight = weights[i] as number;
      penalty += weight * weight;
      gradient[i] = (gradient[i] as number) / rowCount + l2 * weight;
    }
    for (let i = weightCount; i < gradient.length; i += 1) gradient[i] = (gradient[i] as number) / rowCount;
    return loss / rowCount + (l2 / 2) * penalty;
  };

  const result = minimizeLbfgs(objective, new Float64Array(weightCount + classCount), { maxIterations });
  return {
    classCount,
    featureCount,
    weights: result.x.slice(0, weightCount),
    biases: result.x.slice(weightCount),
    iterations: result.iterations,
    loss: result.value,
  };
}
