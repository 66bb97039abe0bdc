/**
 * The import's worker thread (worker_threads): prepares batches of records (`prepareImportRecords`)
 * with the name memory it was last sent (whole once, then what changed: name-memory-codec.ts), while
 * the main thread writes the batch before. Started through prepare-import-worker.mjs, which registers
 * tsx. The entity extractor (its gazetteers and tagger weights) is loaded only by an import that tags.
 */
import type { NameMemory } from '../../entities/index.ts';
import { serveWorkerRequests } from '../../lib/serve-worker-requests.ts';
import { decodeNameMemory, type NameMemoryWire } from '../../tags/name-memory-codec.ts';
import { prepareImportRecords, type ImportBatchToPrepare, type PreparedRecord } from './prepare-import-records.ts';

let extractor: typeof import('../../tags/extract-article-tags.ts') | undefined;

serveWorkerRequests<ImportBatchToPrepare, PreparedRecord[], NameMemory | undefined, NameMemoryWire>(
  undefined,
  async (batch, memory) => {
    if (!batch.extract) return prepareImportRecords(batch, undefined);
    if (!memory) throw new Error('an import batch to tag came without the name memory');
    const { extractArticleTags } = (extractor ??= await import('../../tags/extract-article-tags.ts'));
    return prepareImportRecords(batch, (text, publishedAt) => extractArticleTags(text, publishedAt, memory));
  },
  decodeNameMemory,
);
