import { describe, expect, it } from 'vitest';
import { UnionFind } from './union-find.ts';

describe('UnionFind', () => {
  it.each([
    ['no unions', [], [0, 1, 2, 3].map((item) => [item])],
    ['a chain', [[0, 1], [1, 2]], [[0, 1, 2], [3]]],
    ['two pairs', [[0, 3], [1, 2]], [[0, 3], [1, 2]]],
    ['a repeated union', [[2, 3], [3, 2]], [[0], [1], [2, 3]]],
  ])('%s', (_, unions, groups) => {
    const sets = new UnionFind(4);
    for (const [a, b] of unions as [number, number][]) sets.union(a, b);
    const byRoot = new Map<number, number[]>();
    for (let item = 0; item < 4; item += 1) byRoot.set(sets.find(item), [...(byRoot.get(sets.find(item)) ?? []), item]);
    expect([...byRoot.values()]).toEqual(groups);
  });
});
