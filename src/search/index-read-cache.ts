/**
 * A per-process memo of reads from the search index, valid for one index generation (a token the
 * index rewrites in the same transaction as every change to it, see search-generation.repository.ts).
 * Queries share their words ("آخر أخبار", a name in the news): scoring a common word's few thousand
 * rows with FTS5's bm25() costs tens of milliseconds, reusing them a fraction of one. Any change to the
 * index changes the token, and the first read under a new token empties the memo, so a result never
 * outlives the articles it came from. Bounded by the rows it holds, least recently used out first.
 */

export interface IndexReadCacheOptions {
  /** Rows (ids or scored rows) held at most over all entries. */
  maxRows: number;
}

interface Entry {
  value: unknown;
  rows: number;
}

export class IndexReadCache {
  private generation: string | undefined;
  private readonly entries = new Map<string, Entry>();
  private rows = 0;
  hits = 0;
  misses = 0;

  constructor(private readonly options: IndexReadCacheOptions) {}

  /** The memoized value of `key` under `generation`, computing (and keeping) it when absent. */
  async read<T>(generation: string, key: string, compute: () => Promise<T>, rowsOf: (value: T) => number): Promise<T> {
    if (generation !== this.generation) this.reset(generation);
    const entry = this.entries.get(key);
    if (entry !== undefined) {
      // Map order is insertion order: re-inserting makes this the most recently used.
      this.entries.delete(key);
      this.entries.set(key, entry);
      this.hits += 1;
      return entry.value as T;
    }
    this.misses += 1;
    const value = await compute();
    // Another read may have seen a newer generation while this one waited on the database.
    if (generation === this.generation) this.keep(key, { value, rows: Math.max(1, rowsOf(value)) });
    return value;
  }

  /** The value kept for `key` under `generation`, if any (counted as a hit or a miss like `read`). */
  peek<T>(generation: string, key: string): T | undefined {
    if (generation !== this.generation) this.reset(generation);
    const entry = this.entries.get(key);
    if (entry === undefined) {
      this.misses += 1;
      return undefined;
    }
    this.entries.delete(key);
    this.entries.set(key, entry);
    this.hits += 1;
    return entry.value as T;
  }

  /** Keeps `value` for `key` under `generation`, unless a newer generation was seen meanwhile. */
  put<T>(generation: string, key: string, value: T, rows: number): void {
    if (generation === this.generation) this.keep(key, { value, rows: Math.max(1, rows) });
  }

  private keep(key: string, entry: Entry): void {
    if (entry.rows > this.options.maxRows) return;
    this.entries.set(key, entry);
    this.rows += entry.rows;
    for (const [oldKey, old] of this.entries) {
      if (this.rows <= this.options.maxRows) break;
      this.entries.delete(oldKey);
      this.rows -= old.rows;
    }
  }

  private reset(generation: string): void {
    this.generation = generation;
    this.entries.clear();
    this.rows = 0;
  }
}
