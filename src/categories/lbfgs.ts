/**
 * Limited-memory BFGS minimization: the two-loop recursion of Nocedal and Wright, "Numerical
 * Optimization" (2nd ed., Springer 2006), Algorithm 7.4, with a backtracking line search on the
 * Armijo condition (their Algorithm 3.1). Deterministic: the same problem gives the same answer.
 */

/** Writes the gradient at `x` into `gradient` and returns the value there. */
export type Objective = (x: Float64Array, gradient: Float64Array) => number;

export interface LbfgsOptions {
  /** Pairs of updates kept for the curvature estimate. */
  memory?: number;
  maxIterations?: number;
  /** Stop when the value improves by less than this fraction. */
  relativeTolerance?: number;
  /** Stop when the gradient's largest component falls below this. */
  gradientTolerance?: number;
}

export interface LbfgsResult {
  x: Float64Array;
  value: number;
  iterations: number;
}

const ARMIJO = 1e-4;
const MAX_BACKTRACKS = 30;

function dot(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i += 1) sum += (a[i] as number) * (b[i] as number);
  return sum;
}

function maxAbs(a: Float64Array): number {
  let max = 0;
  for (const value of a) max = Math.max(max, Math.abs(value));
  return max;
}

/** The search direction −H·g from the stored pairs (Algorithm 7.4). */
function searchDirection(gradient: Float64Array, steps: Float64Array[], changes: Float64Array[], rhos: number[]): Float64Array {
  const direction = Float64Array.from(gradient, (value) => -value);
  const alphas = new Array<number>(steps.length);
  for (let k = steps.length - 1; k >= 0; k -= 1) {
    const alpha = (rhos[k] as number) * dot(steps[k] as Float64Array, direction);
    alphas[k] = alpha;
    const change = changes[k] as Float64Array;
    for (let i = 0; i < direction.length; i += 1) direction[i] = (direction[i] as number) - alpha * (change[i] as number);
  }
  const last = steps.length - 1;
  if (last >= 0) {
    const change = changes[last] as Float64Array;
    const gamma = dot(steps[last] as Float64Array, change) / dot(change, change);
    for (let i = 0; i < direction.length; i += 1) direction[i] = (direction[i] as number) * gamma;
  }
  for (let k = 0; k < steps.length; k += 1) {
    const beta = (rhos[k] as number) * dot(changes[k] as Float64Array, direction);
    const step = steps[k] as Float64Array;
    const correction = (alphas[k] as number) - beta;
    for (let i = 0; i < direction.length; i += 1) direction[i] = (direction[i] as number) + correction * (step[i] as number);
  }
  return direction;
}

export function minimizeLbfgs(objective: Objective, start: Float64Array, options: LbfgsOptions = {}): LbfgsResult {
  const { memory = 10, maxIterations = 200, relativeTolerance = 1e-7, gradientTolerance = 1e-6 } = options;
  let x = Float64Array.from(start);
  let gradient = new Float64Array(x.length);
  let value = objective(x, gradient);
  const steps: Float64Array[] = [];
  const changes: Float64Array[] = [];
  const rhos: number[] = [];
  let iterations = 0;
  while (iterations < maxIterations && maxAbs(gradient) > gradientTolerance) {
    iterations += 1;
    let direction = searchDirection(gradient, steps, changes, rhos);
    let slope = dot(gradient, direction);
    if (slope >= 0) {
      // Not a descent direction (curvature went wrong): restart from steepest descent.
      steps.length = changes.length = rhos.length = 0;
      direction = Float64Array.from(gradient, (g) => -g);
      slope = dot(gradient, direction);
    }
    let stepSize = steps.length === 0 ? 1 / Math.max(1, Math.sqrt(-slope)) : 1;
    const nextX = new Float64Array(x.length);
    const nextGradient = new Float64Array(x.length);
    let nextValue = Number.POSITIVE_INFINITY;
    for (let backtrack = 0; backtrack < MAX_BACKTRACKS; backtrack += 1) {
      for (let i = 0; i < x.length; i += 1) nextX[i] = (x[i] as number) + stepSize * (direction[i] as number);
      nextValue = objective(nextX, nextGradient);
      if (nextValue <= value + ARMIJO * stepSize * slope) break;
      stepSize /= 2;
    }
    if (!(nextValue < value)) break;
    const step = new Float64Array(x.length);
    const change = new Float64Array(x.length);
    for (let i = 0; i < x.length; i += 1) {
      step[i] = (nextX[i] as number) - (x[i] as number);
      change[i] = (nextGradient[i] as number) - (gradient[i] as number);
    }
    const curvature = dot(step, change);
    if (curvature > 1e-12) {
      if (steps.length === memory) {
        steps.shift();
        changes.shift();
        rhos.shift();
      }
      steps.push(step);
      changes.push(change);
      rhos.push(1 / curvature);
    }
    const improvement = value - nextValue;
    x = nextX;
    gradient = nextGradient;
    value = nextValue;
    if (improvement <= relativeTolerance * Math.max(1, Math.abs(value))) break;
  }
  return { x, value, iterations };
}
