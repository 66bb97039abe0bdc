/**
 * Stores what duplicate detection knows about written articles, inside the writer's transaction: each
 * article's MinHash signature and LSH band keys, and `duplicate_of`, the first stored article of its group.
 * Candidates are the stored articles sharing a band key with it (and earlier articles of the same batch);
 * a candidate whose estimated Jaccard similarity reaches the threshold is a duplicate, as in
 * `DuplicateIndex`, so the stored groups are the index's groups (bench/duplicates-ant.ts checks it).
 */
import type { Kysely } from 'kysely';
import { WrittenArticles } from '../articles/written-articles.ts';
import type { Database } from '../db/database.ts';
import { DEFAULT_DUPLICATE_OPTIONS, duplicateSignature, lshBandKeys, signatureFromBytes, signatureToBytes } from './duplicate-index.ts';
import {
  deleteSignatures,
  findArticlesByBandKeys,
  findSignatures,
  findStoredSignatures,
  insertSignatures,
  moveGroup,
  setDuplicateOf,
} from './duplicates.repository.ts';
import { signatureSimilarity } from './minhash.ts';

interface Signed {
  id: number;
  signature: Uint32Array;
  bandKeys: number[];
}

/**
 * Deletes the stored signatures of these articles and their band rows (found by the signature's band
 * keys: the band table has no index by article). Call it before deleting articles. Returns the ids that
 * had a signature.
 */
export async function forgetDuplicateSignatures(db: Kysely<Database>, ids: readonly number[]): Promise<number[]> {
  const stored = await findStoredSignatures(db, ids);
  await deleteSignatures(
    db,
    stored.map(({ articleId, signature }) => ({ articleId, bandKeys: lshBandKeys(signatureFromBytes(signature), DEFAULT_DUPLICATE_OPTIONS) })),
  );
  return stored.map((row) => row.articleId);
}

/**
 * Signs the articles `ids` (again, if they were signed before) and files each as an original or a copy.
 * Returns the ids of OTHER articles whose `duplicate_of` changed (groups merged by a new link).
 */
export async function recordDuplicates(db: Kysely<Database>, ids: readonly number[], written?: WrittenArticles): Promise<number[]> {
  if (ids.length === 0) return [];
  const articles = written ?? (await WrittenArticles.read(db, ids));
  const options = DEFAULT_DUPLICATE_OPTIONS;
  const rewritten = new Set(await forgetDuplicateSignatures(db, ids));

  const batch: Signed[] = articles
    .pick([...new Set(ids)].sort((a, b) => a - b))
    .map((article) => ({ id: article.id, ...articles.derived(article, duplicateSignature) }));
  const inBatch = new Set(batch.map((article) => article.id));

  // Stored candidates of the whole batch in two statements: band keys, then their signatures.
  const storedByKey = new Map<number, number[]>();
  for (const { bandKey, articleId } of await findArticlesByBandKeys(db, batch.flatMap((article) => article.bandKeys))) {
    if (inBatch.has(articleId)) continue;
    const list = storedByKey.get(bandKey);
    if (list) list.push(articleId);
    else storedByKey.set(bandKey, [articleId]);
  }
  const signatures = new Map<number, Uint32Array>();
  /** The group's first article of every article looked at; absent for one that is its own. */
  const originalOf = new Map<number, number>();
  const storedCandidates = [...new Set([...storedByKey.values()].flat())];
  for (const stored of await findSignatures(db, storedCandidates)) {
    signatures.set(stored.articleId, signatureFromBytes(stored.signature));
    if (stored.duplicateOf !== null) originalOf.set(stored.articleId, stored.duplicateOf);
  }

  const batchByKey = new Map<number, number[]>();
  const moved = new Set<number>();
  const rootOf = (id: number) => originalOf.get(id) ?? id;
  for (const article of batch) {
    const candidates = new Set<number>();
    for (const key of article.bandKeys) {
      for (const id of storedByKey.get(key) ?? []) candidates.add(id);
      for (const id of batchByKey.get(key) ?? []) candidates.add(id);
    }
    const roots = new Set<number>();
    for (const candidate of candidates) {
      if (signatureSimilarity(article.signature, signatures.get(candidate) as Uint32Array) >= options.threshold) roots.add(rootOf(candidate));
    }
    // An article signed again (edited) may have had copies of its own: they follow it.
    if (rewritten.has(article.id)) roots.add(article.id);
    const original = Math.min(article.id, ...roots);
    for (const root of roots) {
      if (root === original) continue;
      for (const id of await moveGroup(db, root, original)) {
        if (!inBatch.has(id)) moved.add(id);
        originalOf.set(id, original);
      }
      for (const [id, known] of originalOf) if (known === root) originalOf.set(id, original);
    }
    if (original === article.id) originalOf.delete(article.id);
    else originalOf.set(article.id, original);
    signatures.set(article.id, article.signature);
    for (const key of article.bandKeys) {
      const list = batchByKey.get(key);
      if (list) list.push(article.id);
      else batchByKey.set(key, [article.id]);
    }
  }

  await insertSignatures(
    db,
    batch.map((article) => ({ articleId: article.id, signature: signatureToBytes(article.signature), bandKeys: article.bandKeys })),
  );
  const byOriginal = new Map<number | null, number[]>();
  for (const article of batch) {
    const original = originalOf.get(article.id) ?? null;
    // A new article is stored as an original: only copies, and articles signed again, need a write.
    if (original === null && !rewritten.has(article.id)) continue;
    const list = byOriginal.get(original);
    if (list) list.push(article.id);
    else byOriginal.set(original, [article.id]);
  }
  for (const [original, members] of byOriginal) await setDuplicateOf(db, members, original);
  for (const article of batch) articles.setDuplicateOf(article.id, originalOf.get(article.id) ?? null);
  for (const id of moved) articles.setDuplicateOf(id, originalOf.get(id) ?? null);
  return [...moved];
}
