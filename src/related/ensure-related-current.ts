/**
 * Builds the related-stories data a database lacks: on first start after the migration, or after a
 * change to the analyzer or the term weighting. The term index is built whole in one transaction
 * (document frequencies first, so that every vector sees the same ones); the lists are queued and
 * computed by `drainRelatedQueue`.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { readMeta, writeMeta } from '../db/meta.repository.ts';
import { SEARCH_INDEX_VERSION } from '../search/sync-search-index.ts';
import { listPublishedArticlesAfter } from '../search/search-index.repository.ts';
import { countedTermsOf, countSourceTerms, vectorsFor, writeDocumentCount } from './index-related-documents.ts';
import {
  addTermDocumentFrequencies,
  clearRelated,
  enqueueAllPublished,
  insertTermPostings,
  upsertRelatedDocuments,
  type RelatedDocumentRow,
  type TermPosting,
} from './related.repository.ts';

/**
 * The analyzer (through the search index version) and the weighting the stored data was built with.
 * Bump the suffix with any change to term-vector.ts or to what a document stores (`counted-terms`:
 * migration 2026-11-28T1100): the next start then rebuilds.
 */
export const RELATED_VERSION = `${SEARCH_INDEX_VERSION}/related-1/counted-terms`;
const VERSION_KEY = 'related_version';
/**
 * The weights lists are ranked with (score-related.ts). Bump it with a change of DEFAULT_RELATED_WEIGHTS:
 * the next start queues every list to be ranked again, without rebuilding the term index.
 */
export const RELATED_RANKING_VERSION = 'ranking-2';
const RANKING_VERSION_KEY = 'related_ranking_version';
const BATCH_SIZE = 500;

async function forEachPublishedBatch(db: Kysely<Database>, visit: (rows: Awaited<ReturnType<typeof listPublishedArticlesAfter>>) => Promise<void>): Promise<void> {
  for (let afterId = 0; ; ) {
    const rows = await listPublishedArticlesAfter(db, afterId, BATCH_SIZE);
    if (rows.length === 0) return;
    await visit(rows);
    afterId = rows[rows.length - 1]?.id ?? afterId;
  }
}

/** Rebuilds the term index of every published article and queues every list. Returns how many articles. */
export async function rebuildRelatedIndex(db: Kysely<Database>): Promise<number> {
  return db.transaction().execute(async (trx) => {
    await clearRelated(trx);
    const df = new Map<string, number>();
    let documents = 0;
    await forEachPublishedBatch(trx, async (rows) => {
      for (const row of rows) for (const term of countSourceTerms(row).counts.keys()) df.set(term, (df.get(term) ?? 0) + 1);
      documents += rows.length;
    });
    await addTermDocumentFrequencies(trx, df);
    await writeDocumentCount(trx, documents);
    await forEachPublishedBatch(trx, async (rows) => {
      const counted = rows.map(countSourceTerms);
      const vectors = await vectorsFor(trx, counted, documents);
      const documentRows: RelatedDocumentRow[] = [];
      const postings: TermPosting[] = [];
      rows.forEach((row, index) => {
        const vector = vectors[index] ?? [];
        const counts = counted[index];
        if (!counts) return;
        documentRows.push({ article_id: row.id, terms: JSON.stringify(vector), category_id: row.category_id, published_at: row.published_at, title_key: counts.titleKey, body_key: counts.bodyKey, counted_terms: countedTermsOf(counts) });
        for (const [term, weight] of vector) postings.push({ term, article_id: row.id, weight });
      });
      await upsertRelatedDocuments(trx, documentRows);
      await insertTermPostings(trx, postings);
    });
    await enqueueAllPublished(trx);
    await writeMeta(trx, VERSION_KEY, RELATED_VERSION);
    await writeMeta(trx, RANKING_VERSION_KEY, RELATED_RANKING_VERSION);
    return documents;
  });
}

/**
 * Rebuilds when the stored data was built by another version, or never, and queues every list when
 * they were ranked with other weights; call once at startup.
 */
export async function ensureRelatedCurrent(db: Kysely<Database>): Promise<{ rebuilt: boolean; indexed: number; requeued: boolean }> {
  if ((await readMeta(db, VERSION_KEY)) !== RELATED_VERSION) return { rebuilt: true, indexed: await rebuildRelatedIndex(db), requeued: true };
  if ((await readMeta(db, RANKING_VERSION_KEY)) === RELATED_RANKING_VERSION) return { rebuilt: false, indexed: 0, requeued: false };
  await db.transaction().execute(async (trx) => {
    await enqueueAllPublished(trx);
    await writeMeta(trx, RANKING_VERSION_KEY, RELATED_RANKING_VERSION);
  });
  return { rebuilt: false, indexed: 0, requeued: true };
}
