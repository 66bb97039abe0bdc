/** Row types of the stored near-duplicate data: MinHash signatures and their LSH band keys. */

export interface ArticleSignatureTable {
  article_id: number;
  /** 128 little-endian 32-bit MinHash values (`signatureToBytes`). */
  signature: Buffer;
}

export interface ArticleSignatureBandTable {
  /** `band * 2^32 + bandHash`: one key per band, so that equal bands of different positions never collide. */
  band_key: number;
  article_id: number;
}
