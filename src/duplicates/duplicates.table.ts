/** Row types of the stored near-duplicate data: MinHash signatures and their LSH band keys. */

export interface ArticleSignatureTable {
  article_id: number;
  /** 128 little-endian 32-bit MinHash values (`signatureToBytes`). */
  signature: Buffer;
}

/**
 * Keyed `(band_key, article_id)`, its one index (migration 2026-11-30T0100): an article's rows are deleted
 * by the keys of its stored signature (`forgetDuplicateSignatures`), not by a cascade.
 */
export interface ArticleSignatureBandTable {
  /** `band * 2^32 + bandHash`: one key per band, so that equal bands of different positions never collide. */
  band_key: number;
  article_id: number;
}
