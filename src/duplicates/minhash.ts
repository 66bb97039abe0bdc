/**
 * MinHash signatures: for each of `n` hash functions, the smallest hash over a text's shingles. The share
 * of positions where two signatures agree estimates the Jaccard similarity of the shingle sets
 * (Broder 1997; Leskovec, Rajaraman and Ullman, "Mining of Massive Datasets", 3rd ed., §3.3).
 */

/** MurmurHash3's 32-bit finalizer: mixes every input bit into every output bit. */
function mix32(value: number): number {
  let hash = value;
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

const seedCache = new Map<number, Uint32Array>();

/** Fixed seeds, the same in every process: stored signatures stay comparable. */
function seedsFor(count: number): Uint32Array {
  let seeds = seedCache.get(count);
  if (!seeds) {
    seeds = new Uint32Array(count);
    for (let i = 0; i < count; i += 1) seeds[i] = mix32(Math.imul(i + 1, 0x9e3779b9));
    seedCache.set(count, seeds);
  }
  return seeds;
}

/** The signature of a shingle set; an empty set gives all 0xFFFFFFFF, which `isEmptySignature` recognizes. */
export function minhashSignature(shingles: Uint32Array, hashCount: number): Uint32Array {
  const seeds = seedsFor(hashCount);
  const signature = new Uint32Array(hashCount).fill(0xffffffff);
  for (const shingle of shingles) {
    for (let i = 0; i < hashCount; i += 1) {
      const hash = mix32(shingle ^ (seeds[i] as number));
      if (hash < (signature[i] as number)) signature[i] = hash;
    }
  }
  return signature;
}

export function isEmptySignature(signature: Uint32Array): boolean {
  return signature.every((value) => value === 0xffffffff);
}

/** The estimated Jaccard similarity: the share of positions where the signatures agree. */
export function signatureSimilarity(a: Uint32Array, b: Uint32Array): number {
  let equal = 0;
  for (let i = 0; i < a.length; i += 1) if (a[i] === b[i]) equal += 1;
  return equal / a.length;
}
