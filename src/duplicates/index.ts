/** Near-duplicate detection: MinHash/LSH signatures stored with each article, `duplicate_of`, and an in-memory index. */
export {
  DEFAULT_DUPLICATE_OPTIONS,
  DuplicateIndex,
  lshBandKeys,
  signatureFromBase64,
  signatureFromBytes,
  signatureToBase64,
  signatureToBytes,
  textSignature,
  type DocumentId,
  type DuplicateMatch,
  type DuplicateOptions,
  type SerializedDuplicateIndex,
} from './duplicate-index.ts';
export { findDuplicateGroupIds, listArticleBodies, listDuplicateGroupMembers, type ArticleBody, type DuplicateGroupMember } from './duplicates.repository.ts';
export { DUPLICATES_VERSION, ensureDuplicatesCurrent } from './ensure-duplicates-current.ts';
export { forgetDuplicateSignatures, recordDuplicates } from './record-duplicates.ts';
