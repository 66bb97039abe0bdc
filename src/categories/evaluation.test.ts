import { describe, expect, it } from 'vitest';
import { scoreClassification } from './evaluation.ts';

describe('scoreClassification', () => {
  it.each([
    ['all right', ['a', 'b', 'a'], ['a', 'b', 'a'], 1, 1],
    ['all wrong', ['a', 'b'], ['b', 'a'], 0, 0],
    // a: P 2/3 R 1 F1 0.8; b: P 1 R 1/2 F1 2/3
    ['one b taken for a', ['a', 'a', 'b', 'b'], ['a', 'a', 'a', 'b'], 0.75, (0.8 + 2 / 3) / 2],
  ])('%s', (_, truth, predicted, accuracy, macroF1) => {
    const scores = scoreClassification(truth, predicted);
    expect(scores.accuracy).toBeCloseTo(accuracy, 9);
    expect(scores.macroF1).toBeCloseTo(macroF1, 9);
  });

  it('reports each category with its support', () => {
    const { categories } = scoreClassification(['a', 'a', 'b'], ['a', 'b', 'b']);
    expect(categories).toEqual([
      { category: 'a', precision: 1, recall: 0.5, f1: expect.closeTo(2 / 3, 9), support: 2 },
      { category: 'b', precision: 0.5, recall: 1, f1: expect.closeTo(2 / 3, 9), support: 1 },
    ]);
  });
});
