import { describe, expect, it } from 'vitest';
import { predictProbabilities, softmaxInPlace, trainSoftmaxRegression } from './softmax-regression.ts';
import { toSparseMatrix, type SparseVector } from './sparse-matrix.ts';

const vector = (entries: [number, number][]): SparseVector => ({
  indices: Int32Array.from(entries, ([index]) => index),
  values: Float64Array.from(entries, ([, value]) => value),
});

describe('softmaxInPlace', () => {
  it.each([
    [[0, 0], [0.5, 0.5]],
    [[1000, 0], [1, 0]],
    [[Math.log(3), 0], [0.75, 0.25]],
  ])('turns %j into %j', (scores, probabilities) => {
    const result = softmaxInPlace(Float64Array.from(scores));
    result.forEach((value, index) => expect(value).toBeCloseTo(probabilities[index] as number, 9));
  });
});

describe('trainSoftmaxRegression', () => {
  // Three classes, each marked by its own feature; feature 3 is noise shared by all.
  const rows = [
    vector([[0, 1], [3, 0.5]]),
    vector([[0, 0.9]]),
    vector([[1, 1], [3, 0.5]]),
    vector([[1, 0.8]]),
    vector([[2, 1], [3, 0.5]]),
    vector([[2, 0.7]]),
  ];
  const labels = Int32Array.from([0, 0, 1, 1, 2, 2]);
  const model = trainSoftmaxRegression(toSparseMatrix(rows, 4), labels, 3, { l2: 1e-3 });

  it.each<[[number, number][], number]>([
    [[[0, 1]], 0],
    [[[1, 1]], 1],
    [[[2, 1], [3, 1]], 2],
  ])('predicts the class of %j', (entries, expected) => {
    const probabilities = predictProbabilities(model, vector(entries));
    expect(probabilities.indexOf(Math.max(...probabilities))).toBe(expected);
    expect(probabilities.reduce((sum, value) => sum + value, 0)).toBeCloseTo(1, 9);
  });

  it('is confident on a clear example and unsure on none', () => {
    expect(Math.max(...predictProbabilities(model, vector([[0, 1]])))).toBeGreaterThan(0.8);
    expect(Math.max(...predictProbabilities(model, vector([])))).toBeLessThan(0.5);
  });

  it('refuses mismatched labels', () => {
    expect(() => trainSoftmaxRegression(toSparseMatrix(rows, 4), Int32Array.from([0]), 3)).toThrow(/expected 6 labels/);
  });
});
