/** Near-duplicate detection: an incremental MinHash/LSH index of article bodies, serializable as JSON. */
export {
  DEFAULT_DUPLICATE_OPTIONS,
  DuplicateIndex,
  signatureFromBase64,
  signatureFromBytes,
  signatureToBase64,
  signatureToBytes,
  type DocumentId,
  type DuplicateMatch,
  type DuplicateOptions,
  type SerializedDuplicateIndex,
} from './duplicate-index.ts';
export { listArticleBodies, type ArticleBody } from './duplicates.repository.ts';
