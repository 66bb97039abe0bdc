/**
 * Builds the stored duplicate data of a database that predates it, or was signed by another version of
 * the shingling, MinHash or LSH settings: every article signed again, in id order, in one transaction.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { readMeta, writeMeta } from '../db/meta.repository.ts';
import { clearDuplicateData, countUnsignedArticles, listArticleIdsAfter, listDuplicateIds } from './duplicates.repository.ts';
import { recordDuplicates } from './record-duplicates.ts';

/**
 * The signature layout the stored data was built with. Bump it with any change to shingles.ts,
 * minhash.ts or `DEFAULT_DUPLICATE_OPTIONS`: the next `ensureDuplicatesCurrent()` rebuilds.
 */
export const DUPLICATES_VERSION = '2026-11-28.1';
const VERSION_KEY = 'duplicate_signatures_version';
const BATCH_SIZE = 1000;

export interface DuplicatesRebuild {
  rebuilt: boolean;
  articles: number;
  /** Articles whose `duplicate_of` changed: the search index must look at them again. */
  changed: number[];
}

export interface EnsureDuplicatesOptions {
  /** Runs in the rebuild's transaction with the articles whose `duplicate_of` changed (to index them anew). */
  onChanged?: (trx: Kysely<Database>, ids: number[]) => Promise<void>;
}

export async function ensureDuplicatesCurrent(db: Kysely<Database>, options: EnsureDuplicatesOptions = {}): Promise<DuplicatesRebuild> {
  const version = await readMeta(db, VERSION_KEY);
  if (version === DUPLICATES_VERSION) return { rebuilt: false, articles: 0, changed: [] };
  // Never marked, yet every article signed: written by this version all along (a database opened without this step).
  if (version === undefined && (await countUnsignedArticles(db)) === 0) {
    await writeMeta(db, VERSION_KEY, DUPLICATES_VERSION);
    return { rebuilt: false, articles: 0, changed: [] };
  }
  return db.transaction().execute(async (trx) => {
    const before = new Set(await clearDuplicateData(trx));
    let articles = 0;
    for (let afterId = 0; ; ) {
      const ids = await listArticleIdsAfter(trx, afterId, BATCH_SIZE);
      if (ids.length === 0) break;
      await recordDuplicates(trx, ids);
      articles += ids.length;
      afterId = ids[ids.length - 1] as number;
    }
    const after = new Set(await listDuplicateIds(trx));
    await writeMeta(trx, VERSION_KEY, DUPLICATES_VERSION);
    const changed = [...new Set([...before, ...after])].filter((id) => before.has(id) !== after.has(id));
    await options.onChanged?.(trx, changed);
    return { rebuilt: true, articles, changed };
  });
}
