/**
 * One import batch sent to be prepared before its transaction: to the worker threads, split between
 * them by the length of its lines, or on this thread for small files; with entity tags, the batch's
 * place in the tag pipeline (extracted with the names learned up to two batches before it).
 */
import type { NameMemory } from '../../entities/index.ts';
import type { WorkerPool } from '../../lib/worker-pool.ts';
import type { ArticleExtraction } from '../../tags/extract-article-tags.ts';
import type { PrefetchedBatch, TagPipeline } from '../../tags/tag-pipeline.ts';
import { prepareImportRecords, type ImportBatchToPrepare, type LineToPrepare, type PreparedRecord } from './prepare-import-records.ts';
import { splitByLength } from './split-by-length.ts';

export interface PreparedBatch {
  /** In the order of the batch's lines. */
  prepared: Promise<PreparedRecord[]>;
  tags: PrefetchedBatch | undefined;
}

export type PreparePool = WorkerPool<ImportBatchToPrepare, PreparedRecord[], NameMemory>;

/**
 * Sends a batch to be prepared before its transaction (its sections after, as resolving one may create
 * it): to the workers, which prepare it while the batches before it are still being written, or here
 * for small files, where the steps after the write derive their values themselves and entities are
 * extracted in the write.
 */
export function prepareBatch(lines: LineToPrepare[], now: Date, pool: PreparePool | undefined, pipeline: TagPipeline | undefined): PreparedBatch {
  const request: ImportBatchToPrepare = {
    lines,
    importedAt: now.toISOString(),
    // Also with entities to extract: extraction is cheaper than the write now, so the writer would be the one waited for.
    derive: pool !== undefined,
    extract: false,
  };
  if (!pool) return { prepared: Promise.resolve(prepareImportRecords(request, undefined)), tags: pipeline?.prefetch([]) };
  const ticket = pipeline?.reserve();
  // Split between the workers by length, so that they all prepare the batch the writer needs next and finish it together.
  const parts = splitByLength(lines, pool.size).map((part) => pool.run({ ...request, lines: part, extract: ticket !== undefined }, ticket?.memory));
  const prepared = Promise.all(parts).then((done) => done.flat());
  // Observed at once, so a failure waits for the writer rather than being reported as unhandled.
  prepared.catch(() => {});
  return { prepared, tags: ticket && pipeline?.prefetched(ticket, prepared.then(extractionsByText)) };
}

/**
 * Batches prepared ahead of the one being written. With tags, one: a batch is extracted with the names
 * learned up to two batches before it (tag-pipeline.ts). Without, two, so that a worker has the next
 * batch to prepare as soon as it finishes one.
 */
export function batchesAhead(pool: PreparePool | undefined, deferTags: boolean): number {
  return pool !== undefined && deferTags ? 2 : 1;
}

function extractionsByText(records: PreparedRecord[]): Map<string, ArticleExtraction> {
  const extracted = new Map<string, ArticleExtraction>();
  for (const record of records) if (record.tagText !== undefined && record.extraction) extracted.set(record.tagText, record.extraction);
  return extracted;
}
