import { describe, expect, it } from 'vitest';
import { IndexReadCache } from './index-read-cache.ts';

const rowsOf = (value: number[]) => value.length;

describe('IndexReadCache', () => {
  it('computes a read once per generation and again under a new one', async () => {
    const cache = new IndexReadCache({ maxRows: 100 });
    let computed = 0;
    const read = (generation: string) => cache.read(generation, 'word', async () => [++computed], rowsOf);
    expect(await read('a')).toEqual([1]);
    expect(await read('a')).toEqual([1]);
    expect(await read('b')).toEqual([2]);
    // Going back to an older token is no reason to trust what was read before the change.
    expect(await read('a')).toEqual([3]);
    expect({ hits: cache.hits, misses: cache.misses }).toEqual({ hits: 1, misses: 3 });
  });

  it('holds at most maxRows rows, dropping the least recently used first', async () => {
    const cache = new IndexReadCache({ maxRows: 5 });
    const computed: string[] = [];
    const read = (key: string, rows: number) => cache.read('g', key, async () => (computed.push(key), Array.from({ length: rows }, () => 0)), rowsOf);
    await read('a', 2);
    await read('b', 2);
    await read('a', 2); // a is now the most recently used
    await read('c', 2); // 6 rows: b goes
    await read('a', 2);
    await read('b', 2);
    expect(computed).toEqual(['a', 'b', 'c', 'b']);
    await read('huge', 6); // larger than the whole cache: returned, never kept
    await read('huge', 6);
    expect(computed.filter((key) => key === 'huge')).toHaveLength(2);
  });

  it('does not keep a read that finished after the generation changed under it', async () => {
    const cache = new IndexReadCache({ maxRows: 100 });
    let release: () => void = () => undefined;
    const slow = cache.read('old', 'word', () => new Promise<number[]>((resolve) => (release = () => resolve([1]))), rowsOf);
    await cache.read('new', 'other', async () => [2], rowsOf);
    release();
    expect(await slow).toEqual([1]);
    let computed = 0;
    await cache.read('new', 'word', async () => [++computed], rowsOf);
    expect(computed).toBe(1);
  });

  it('gives back what was put under the same generation only', () => {
    const cache = new IndexReadCache({ maxRows: 100 });
    expect(cache.peek('a', 'df اخر')).toBeUndefined();
    cache.put('a', 'df اخر', 26830, 1);
    expect(cache.peek('a', 'df اخر')).toBe(26830);
    // A value read under an older generation, put after the change, is dropped.
    expect(cache.peek('b', 'df اخر')).toBeUndefined();
    cache.put('a', 'df اخر', 26830, 1);
    expect(cache.peek('b', 'df اخر')).toBeUndefined();
  });
});
