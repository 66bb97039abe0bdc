/**
 * MinHash signatures by one permutation hashing with optimal densification (Li, Owen and Zhang, "One
 * Permutation Hashing", NIPS 2012; Shrivastava, "Optimal Densification for Fast and Accurate Minwise
 * Hashing", ICML 2017): each shingle is hashed once and falls into one of `n` bins, each bin keeps its
 * smallest value, and an empty bin borrows the value of the first non-empty bin on a fixed pseudo-random
 * probe sequence. The share of positions where two signatures agree estimates the Jaccard similarity of
 * the shingle sets, as with `n` independent hash functions (Broder 1997), at 1/n of the hashing cost.
 */

/** MurmurHash3's 32-bit finalizer: mixes every input bit into every output bit. */
export function mix32(value: number): number {
  let hash = value;
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

const EMPTY = 0xffffffff;
const VALUE_SALT = 0x5bd1e995;

/** The bin an empty bin `bin` borrows from at its `attempt`-th probe: the same for every text, so copies borrow alike. */
function probe(bin: number, attempt: number, binCount: number): number {
  return mix32(Math.imul(bin + 1, 0x9e3779b9) ^ Math.imul(attempt, 0x85ebca6b)) % binCount;
}

/** The signature of a shingle set; an empty set gives all 0xFFFFFFFF, which `isEmptySignature` recognizes. */
export function minhashSignature(shingles: Uint32Array, binCount: number): Uint32Array {
  const signature = new Uint32Array(binCount).fill(EMPTY);
  for (const shingle of shingles) {
    const bin = mix32(shingle) % binCount;
    // 31 bits, so that a value never equals the empty marker.
    const value = mix32(shingle ^ VALUE_SALT) >>> 1;
    if (value < (signature[bin] as number)) signature[bin] = value;
  }
  if (shingles.length === 0) return signature;
  const filled = signature.slice();
  for (let bin = 0; bin < binCount; bin += 1) {
    if (filled[bin] !== EMPTY) continue;
    let source = bin;
    for (let attempt = 1; filled[source] === EMPTY; attempt += 1) source = probe(bin, attempt, binCount);
    signature[bin] = filled[source] as number;
  }
  return signature;
}

export function isEmptySignature(signature: Uint32Array): boolean {
  return signature.every((value) => value === EMPTY);
}

/** The estimated Jaccard similarity: the share of positions where the signatures agree. */
export function signatureSimilarity(a: Uint32Array, b: Uint32Array): number {
  let equal = 0;
  for (let i = 0; i < a.length; i += 1) if (a[i] === b[i]) equal += 1;
  return equal / a.length;
}
