/** Disjoint sets with path halving and union by size: turns duplicate pairs into groups. */
export class UnionFind {
  private readonly parents: Int32Array;
  private readonly sizes: Int32Array;

  constructor(size: number) {
    this.parents = Int32Array.from({ length: size }, (_, index) => index);
    this.sizes = new Int32Array(size).fill(1);
  }

  find(item: number): number {
    let current = item;
    while (this.parents[current] !== current) {
      const parent = this.parents[current] as number;
      this.parents[current] = this.parents[parent] as number;
      current = parent;
    }
    return current;
  }

  union(a: number, b: number): void {
    let rootA = this.find(a);
    let rootB = this.find(b);
    if (rootA === rootB) return;
    if ((this.sizes[rootA] as number) < (this.sizes[rootB] as number)) [rootA, rootB] = [rootB, rootA];
    this.parents[rootB] = rootA;
    this.sizes[rootA] = (this.sizes[rootA] as number) + (this.sizes[rootB] as number);
  }
}
