import { describe, expect, it } from 'vitest';
import { minimizeLbfgs, type Objective } from './lbfgs.ts';

const quadratic: Objective = (x, gradient) => {
  // (x0 − 3)² + 10·(x1 + 1)²
  gradient[0] = 2 * ((x[0] as number) - 3);
  gradient[1] = 20 * ((x[1] as number) + 1);
  return ((x[0] as number) - 3) ** 2 + 10 * ((x[1] as number) + 1) ** 2;
};

const rosenbrock: Objective = (x, gradient) => {
  const [a, b] = [x[0] as number, x[1] as number];
  gradient[0] = -2 * (1 - a) - 400 * a * (b - a * a);
  gradient[1] = 200 * (b - a * a);
  return (1 - a) ** 2 + 100 * (b - a * a) ** 2;
};

describe('minimizeLbfgs', () => {
  it.each([
    ['an ill-scaled quadratic', quadratic, [0, 0], [3, -1]],
    ['the Rosenbrock valley', rosenbrock, [-1.2, 1], [1, 1]],
  ] as const)('finds the minimum of %s', (_, objective, start, minimum) => {
    const result = minimizeLbfgs(objective, Float64Array.from(start), { maxIterations: 500, relativeTolerance: 1e-14 });
    expect(result.x[0]).toBeCloseTo(minimum[0], 3);
    expect(result.x[1]).toBeCloseTo(minimum[1], 3);
  });

  it('gives the same answer every time', () => {
    const first = minimizeLbfgs(rosenbrock, Float64Array.from([-1.2, 1]), { maxIterations: 20 });
    const second = minimizeLbfgs(rosenbrock, Float64Array.from([-1.2, 1]), { maxIterations: 20 });
    expect(Array.from(second.x)).toEqual(Array.from(first.x));
  });
});
