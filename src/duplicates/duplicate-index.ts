/**
 * An incremental near-duplicate index: MinHash signatures of word shingles, bucketed by locality-sensitive
 * hashing with bands (Leskovec, Rajaraman and Ullman, "Mining of Massive Datasets", 3rd ed., §3.4), and
 * candidates confirmed by their estimated Jaccard similarity. Adding an article finds its duplicates
 * without a rebuild; the state is the signatures, serializable as JSON.
 */
import type { ArticleDerivation } from '../articles/written-articles.ts';
import { isEmptySignature, minhashSignature, signatureSimilarity } from './minhash.ts';
import { shingleHashes } from './shingles.ts';
import { UnionFind } from './union-find.ts';

export type DocumentId = string | number;

export interface DuplicateOptions {
  /** Words per shingle. */
  shingleSize: number;
  hashCount: number;
  /** Signature values per LSH band; `hashCount / rowsPerBand` bands. Fewer rows find less similar pairs. */
  rowsPerBand: number;
  /** Estimated Jaccard similarity from which two texts are duplicates. */
  threshold: number;
}

export const DEFAULT_DUPLICATE_OPTIONS: Readonly<DuplicateOptions> = Object.freeze({ shingleSize: 3, hashCount: 128, rowsPerBand: 4, threshold: 0.5 });

export interface DuplicateMatch {
  id: DocumentId;
  /** Estimated Jaccard similarity of the two texts' shingles, from 0 to 1. */
  similarity: number;
}

export const DUPLICATE_INDEX_FORMAT = 'sahifa/duplicate-index';

export interface SerializedDuplicateIndex {
  format: typeof DUPLICATE_INDEX_FORMAT;
  version: 1;
  options: DuplicateOptions;
  /** `[id, signature]`, the signature as base64 of its little-endian 32-bit values, in insertion order. */
  documents: [DocumentId, string][];
}

function bandKey(signature: Uint32Array, band: number, rows: number): number {
  let hash = 0x811c9dc5 ^ band;
  for (let i = band * rows; i < (band + 1) * rows; i += 1) hash = Math.imul(hash ^ (signature[i] as number), 0x01000193);
  return hash >>> 0;
}

const BAND_KEY_SPAN = 2 ** 32;

/**
 * The LSH band keys of a signature as stored (`band * 2^32 + hash of the band's values`, below 2^53), so that
 * one indexed column finds the articles sharing any band; none for a text without words.
 */
export function lshBandKeys(signature: Uint32Array, options: DuplicateOptions = DEFAULT_DUPLICATE_OPTIONS): number[] {
  if (isEmptySignature(signature)) return [];
  const bandCount = Math.floor(options.hashCount / options.rowsPerBand);
  return Array.from({ length: bandCount }, (_, band) => band * BAND_KEY_SPAN + bandKey(signature, band, options.rowsPerBand));
}

/** The signature of a text under `options`: what the index and the stored signatures compare. */
export function textSignature(text: string, options: DuplicateOptions = DEFAULT_DUPLICATE_OPTIONS): Uint32Array {
  return minhashSignature(shingleHashes(text, options.shingleSize), options.hashCount);
}

/** An article's signature and band keys: from its body alone, so that a bulk writer may derive them ahead in a worker. */
export const duplicateSignature: ArticleDerivation<{ signature: Uint32Array; bandKeys: number[] }> = {
  name: 'duplicates.signature',
  derive({ body }) {
    const signature = textSignature(body, DEFAULT_DUPLICATE_OPTIONS);
    return { signature, bandKeys: lshBandKeys(signature, DEFAULT_DUPLICATE_OPTIONS) };
  },
};

/** A signature as bytes (little-endian 32-bit values), e.g. for a BLOB column: 512 bytes for 128 hashes. */
export function signatureToBytes(signature: Uint32Array): Buffer {
  const bytes = Buffer.alloc(signature.length * 4);
  for (const [index, value] of signature.entries()) bytes.writeUInt32LE(value, index * 4);
  return bytes;
}

export function signatureFromBytes(bytes: Uint8Array): Uint32Array {
  if (bytes.length % 4 !== 0) throw new Error('a signature is a whole number of 32-bit values');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return Uint32Array.from({ length: bytes.length / 4 }, (_, index) => view.getUint32(index * 4, true));
}

export function signatureToBase64(signature: Uint32Array): string {
  return signatureToBytes(signature).toString('base64');
}

export function signatureFromBase64(text: string): Uint32Array {
  return signatureFromBytes(Buffer.from(text, 'base64'));
}

export class DuplicateIndex {
  readonly options: DuplicateOptions;
  private readonly bandCount: number;
  private readonly signatures = new Map<DocumentId, Uint32Array>();
  private readonly buckets: Map<number, DocumentId[]>[];

  constructor(options: Partial<DuplicateOptions> = {}) {
    this.options = { ...DEFAULT_DUPLICATE_OPTIONS, ...options };
    const { hashCount, rowsPerBand, threshold } = this.options;
    if (!Number.isInteger(rowsPerBand) || rowsPerBand < 1 || rowsPerBand > hashCount) throw new RangeError(`rowsPerBand must be from 1 to ${hashCount}`);
    if (!(threshold > 0 && threshold <= 1)) throw new RangeError('threshold must be above 0 and at most 1');
    this.bandCount = Math.floor(hashCount / rowsPerBand);
    this.buckets = Array.from({ length: this.bandCount }, () => new Map());
  }

  get size(): number {
    return this.signatures.size;
  }

  has(id: DocumentId): boolean {
    return this.signatures.has(id);
  }

  signatureOf(text: string): Uint32Array {
    return textSignature(text, this.options);
  }

  /** The indexed documents `text` duplicates, most similar first; nothing is stored. */
  query(text: string): DuplicateMatch[] {
    return this.matchSignature(this.signatureOf(text));
  }

  /** Indexes `text` under `id` (replacing what `id` had) and returns the documents it duplicates. */
  add(id: DocumentId, text: string): DuplicateMatch[] {
    return this.addSignature(id, this.signatureOf(text));
  }

  addSignature(id: DocumentId, signature: Uint32Array): DuplicateMatch[] {
    if (signature.length !== this.options.hashCount) throw new RangeError(`expected a signature of ${this.options.hashCount} values, got ${signature.length}`);
    this.remove(id);
    const matches = this.matchSignature(signature);
    this.insert(id, signature);
    return matches;
  }

  private insert(id: DocumentId, signature: Uint32Array): void {
    this.signatures.set(id, signature);
    // A text with no words has no shingles: it is kept, but never anyone's duplicate.
    if (!isEmptySignature(signature)) {
      for (let band = 0; band < this.bandCount; band += 1) {
        const key = bandKey(signature, band, this.options.rowsPerBand);
        const bucket = (this.buckets[band] as Map<number, DocumentId[]>).get(key);
        if (bucket) bucket.push(id);
        else (this.buckets[band] as Map<number, DocumentId[]>).set(key, [id]);
      }
    }
  }

  remove(id: DocumentId): boolean {
    const signature = this.signatures.get(id);
    if (!signature) return false;
    this.signatures.delete(id);
    if (isEmptySignature(signature)) return true;
    for (let band = 0; band < this.bandCount; band += 1) {
      const buckets = this.buckets[band] as Map<number, DocumentId[]>;
      const key = bandKey(signature, band, this.options.rowsPerBand);
      const remaining = (buckets.get(key) ?? []).filter((member) => member !== id);
      if (remaining.length === 0) buckets.delete(key);
      else buckets.set(key, remaining);
    }
    return true;
  }

  /** The duplicates of an indexed document (itself excluded), most similar first. */
  duplicatesOf(id: DocumentId): DuplicateMatch[] {
    const signature = this.signatures.get(id);
    return signature ? this.matchSignature(signature).filter((match) => match.id !== id) : [];
  }

  /**
   * Every group of two or more documents linked by duplicate pairs (a republished story and its
   * republications), members in insertion order, groups in the order of their first member.
   */
  groups(): DocumentId[][] {
    const ids = [...this.signatures.keys()];
    const position = new Map(ids.map((id, index) => [id, index]));
    const sets = new UnionFind(ids.length);
    for (const [index, id] of ids.entries()) {
      for (const match of this.duplicatesOf(id)) sets.union(index, position.get(match.id) as number);
    }
    const byRoot = new Map<number, DocumentId[]>();
    for (const [index, id] of ids.entries()) {
      const root = sets.find(index);
      const group = byRoot.get(root);
      if (group) group.push(id);
      else byRoot.set(root, [id]);
    }
    return [...byRoot.values()].filter((group) => group.length > 1);
  }

  toJSON(): SerializedDuplicateIndex {
    return {
      format: DUPLICATE_INDEX_FORMAT,
      version: 1,
      options: { ...this.options },
      documents: Array.from(this.signatures, ([id, signature]): [DocumentId, string] => [id, signatureToBase64(signature)]),
    };
  }

  /** An index of stored signatures (e.g. read from a BLOB column), built without comparing them: fast at start-up. */
  static fromSignatures(entries: Iterable<readonly [DocumentId, Uint32Array]>, options: Partial<DuplicateOptions> = {}): DuplicateIndex {
    const index = new DuplicateIndex(options);
    for (const [id, signature] of entries) {
      if (signature.length !== index.options.hashCount) throw new Error(`document ${id}: expected a signature of ${index.options.hashCount} values`);
      index.remove(id);
      index.insert(id, signature);
    }
    return index;
  }

  static fromJSON(value: SerializedDuplicateIndex): DuplicateIndex {
    if (value?.format !== DUPLICATE_INDEX_FORMAT || value.version !== 1) throw new Error('not a Sahifa duplicate index (format or version differs)');
    return DuplicateIndex.fromSignatures(
      value.documents.map(([id, text]): [DocumentId, Uint32Array] => [id, signatureFromBase64(text)]),
      value.options,
    );
  }

  private matchSignature(signature: Uint32Array): DuplicateMatch[] {
    if (isEmptySignature(signature)) return [];
    const seen = new Set<DocumentId>();
    const matches: DuplicateMatch[] = [];
    for (let band = 0; band < this.bandCount; band += 1) {
      const bucket = (this.buckets[band] as Map<number, DocumentId[]>).get(bandKey(signature, band, this.options.rowsPerBand));
      for (const candidate of bucket ?? []) {
        if (seen.has(candidate)) continue;
        seen.add(candidate);
        const similarity = signatureSimilarity(signature, this.signatures.get(candidate) as Uint32Array);
        if (similarity >= this.options.threshold) matches.push({ id: candidate, similarity });
      }
    }
    return matches.sort((a, b) => b.similarity - a.similarity);
  }
}
