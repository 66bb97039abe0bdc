import { describe, expect, it } from 'vitest';
import { splitByLength } from './split-by-length.ts';

const lines = (...lengths: number[]) => lengths.map((length, at) => ({ text: 'x'.repeat(length), at }));
const lengthsOf = (parts: { text: string }[][]) => parts.map((part) => part.map((line) => line.text.length));

describe('splitByLength', () => {
  it('cuts where the characters, not the lines, are shared equally, keeping the order', () => {
    const batch = lines(900, 100, 100, 100, 100, 100, 100, 100, 100, 100);
    const parts = splitByLength(batch, 2);
    expect(lengthsOf(parts)).toEqual([[900], [100, 100, 100, 100, 100, 100, 100, 100, 100]]);
    expect(parts.flat()).toEqual(batch);
    expect(lengthsOf(splitByLength(lines(10, 10, 10, 10, 10, 10), 3))).toEqual([
      [10, 10],
      [10, 10],
      [10, 10],
    ]);
  });

  it('gives every part a line when there are enough, and no empty part when there are not', () => {
    expect(lengthsOf(splitByLength(lines(1000, 1, 1), 3))).toEqual([[1000], [1], [1]]);
    expect(lengthsOf(splitByLength(lines(1, 1, 1000), 3))).toEqual([[1], [1], [1000]]);
    expect(lengthsOf(splitByLength(lines(5, 5), 4))).toEqual([[5], [5]]);
    expect(splitByLength([], 2)).toEqual([]);
    expect(lengthsOf(splitByLength(lines(3, 4, 5), 1))).toEqual([[3, 4, 5]]);
  });
});
