import { describe, expect, it } from 'vitest';
import { isEmptySignature, minhashSignature, signatureSimilarity } from './minhash.ts';

const range = (from: number, to: number) => Uint32Array.from({ length: to - from }, (_, index) => from + index);

describe('minhashSignature', () => {
  it.each([
    ['identical sets', range(0, 200), range(0, 200), 1],
    ['half shared (100 of 200 distinct)', range(0, 150), range(50, 200), 0.5],
    ['a fifth shared', range(0, 120), range(80, 200), 0.2],
    ['nothing shared', range(0, 100), range(100, 200), 0],
  ])('estimates the Jaccard similarity of %s', (_, a, b, jaccard) => {
    const estimate = signatureSimilarity(minhashSignature(a, 256), minhashSignature(b, 256));
    expect(Math.abs(estimate - jaccard)).toBeLessThan(0.08);
  });

  it('is the same in every call and marks empty sets', () => {
    expect(minhashSignature(range(0, 10), 16)).toEqual(minhashSignature(range(0, 10), 16));
    expect(isEmptySignature(minhashSignature(new Uint32Array(0), 16))).toBe(true);
    expect(isEmptySignature(minhashSignature(range(0, 1), 16))).toBe(false);
  });
});
