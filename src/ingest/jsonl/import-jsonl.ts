/**
 * Bulk import of a JSON Lines file in batched transactions. The whole file is checked first, so a
 * malformed line leaves the database as it was; then each batch is written in one transaction. For
 * large files, worker threads (started while the file is checked) are sent the next batches' lines as
 * read, and parse and prepare them (prepare-import-records.ts) while this thread writes one: what they
 * derive is what the writer would (tested table by table), so it only writes.
 */
import { findKnownExternalIds, insertArticlesSkippingKnownExternalIds, type Queryable } from '../../articles/article.repository.ts';
import type { PreparedArticle } from '../../articles/written-articles.ts';
import { createCategoryResolver } from '../../articles/resolve-category.ts';
import type { NameMemory } from '../../entities/index.ts';
import { withBulkWriteSettings } from '../../db/with-bulk-write-settings.ts';
import { WorkerPool } from '../../lib/worker-pool.ts';
import { afterArticlesWritten } from '../../publishing/after-articles-written.ts';
import type { ArticleExtraction } from '../../tags/extract-article-tags.ts';
import { defaultExtractionWorkers } from '../../tags/extraction-pool.ts';
import { nameMemoryCodec } from '../../tags/name-memory-codec.ts';
import { TagPipeline, type PrefetchedBatch } from '../../tags/tag-pipeline.ts';
import { checkImportLine, localImagePath } from './import-record.ts';
import { prepareImportRecords, type ImportBatchToPrepare, type LineToPrepare, type PreparedRecord, type RecordFields } from './prepare-import-records.ts';
import { attachRecordImages, checkRecordImage, storeRecordImages } from './import-images.ts';
import { ImageStore } from '../../images/image-store.ts';
import { readJsonlLines } from './read-jsonl-lines.ts';
import { splitByLength } from './split-by-length.ts';

export interface LineProblem {
  lineNumber: number;
  reason: string;
}

export interface ImportSummary {
  /** Records read (blank lines not counted). */
  records: number;
  imported: number;
  alreadyPresent: number;
  /** Records whose body has no text, skipped. */
  empty: number;
  /** Malformed lines, skipped only with `skipInvalid`. */
  invalid: LineProblem[];
  /** Lead images attached (or replaced) from the records' local `image` files. */
  images: number;
  /** Records whose `image` is a web address: imports do not fetch, so these have no image. */
  remoteImagesSkipped: number;
}

export interface ImportProgress {
  phase: 'checking' | 'importing';
  recordsDone: number;
  /** Known once the file has been checked. */
  recordsTotal: number | null;
}

export interface ImportOptions {
  batchSize?: number;
  /** Import the valid records even when some lines are malformed. */
  skipInvalid?: boolean;
  onProgress?: (progress: ImportProgress) => void;
  now?: Date;
  /** Where the records' lead images are stored; records naming a local image need it. */
  imagesDirectory?: string;
  /** 'defer' leaves entity tags to the next start's ensureEntityTagsCurrent (benchmarks); by default articles are tagged as written. */
  entityTags?: 'extract' | 'defer';
  /**
   * Threads preparing the next batch (parsing, analysis, signatures, entity extraction) while the main
   * one writes; by default two from two cores up for files of 2,000 records or more.
   */
  extractionWorkers?: number;
}

/** Below this, starting a worker (about a second) costs more than preparing on the writing thread. */
const POOL_MIN_RECORDS = 2_000;
const PREPARE_WORKER = new URL('./prepare-import-worker.mjs', import.meta.url);
const ID_LOOKUP_CHUNK = 1_000;

export class ImportValidationError extends Error {
  override name = 'ImportValidationError';
  constructor(readonly problems: LineProblem[]) {
    super(`${problems.length} malformed line${problems.length === 1 ? '' : 's'}`);
  }
}

/** Lines fit to import as the check confirms them, in file order, while `wants()` (the first batches). */
interface CheckedLines {
  wants(): boolean;
  take(lineNumber: number, text: string, known: boolean): void;
}

/**
 * Also notes which lines hold records the database already has, so that nobody derives or extracts
 * anything for them again; `onRecord` hears the count of records read so far.
 */
async function checkFile(
  db: Queryable,
  filePath: string,
  onProgress: ImportOptions['onProgress'],
  imagesDirectory: string | undefined,
  onRecord: (records: number) => void,
  checkedLines: CheckedLines,
) {
  const problems: LineProblem[] = [];
  const knownLines = new Set<number>();
  let lines: { id: string; lineNumber: number; text: string | undefined }[] = [];
  const lookUp = async () => {
    const known = new Set(await findKnownExternalIds(db, lines.map(({ id }) => id)));
    for (const { id, lineNumber, text } of lines) {
      if (known.has(id)) knownLines.add(lineNumber);
      if (text !== undefined) checkedLines.take(lineNumber, text, known.has(id));
    }
    lines = [];
  };
  let records = 0;
  let remoteImages = 0;
  for await (const { lineNumber, text } of readJsonlLines(filePath)) {
    if (text.trim() === '') continue;
    records += 1;
    onRecord(records);
    const check = checkImportLine(text);
    if (check.kind === 'invalid') problems.push({ lineNumber, reason: check.reason });
    else {
      const imageProblem = await checkRecordImage(filePath, check.record, imagesDirectory);
      if (imageProblem !== null) problems.push({ lineNumber, reason: imageProblem });
      if (check.record.image?.trim() && localImagePath(check.record) === null) remoteImages += 1;
      lines.push({ id: String(check.record.id).trim(), lineNumber, text: imageProblem === null && checkedLines.wants() ? text : undefined });
    }
    if (lines.length >= ID_LOOKUP_CHUNK) await lookUp();
    if (records % 2000 === 0) onProgress?.({ phase: 'checking', recordsDone: records, recordsTotal: null });
  }
  await lookUp();
  return { records, problems, knownLines, remoteImages };
}

interface PreparedBatch {
  /** In the order of the batch's lines. */
  prepared: Promise<PreparedRecord[]>;
  tags: PrefetchedBatch | undefined;
}

type PreparePool = WorkerPool<ImportBatchToPrepare, PreparedRecord[], NameMemory>;

/**
 * Sends a batch to be prepared before its transaction (its sections after, as resolving one may create
 * it): to the workers, which prepare it while the batches before it are still being written, or here
 * for small files, where the steps after the write derive their values themselves and entities are
 * extracted in the write.
 */
function prepareBatch(lines: LineToPrepare[], now: Date, pool: PreparePool | undefined, pipeline: TagPipeline | undefined): PreparedBatch {
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
function batchesAhead(pool: PreparePool | undefined, deferTags: boolean): number {
  return pool !== undefined && deferTags ? 2 : 1;
}

/** The batches sent while the file was checked, and the last line they hold. */
interface EarlyBatches {
  batches: PreparedBatch[];
  lastLine: number;
}

type ReadRecord = PreparedRecord & { record: RecordFields };

function extractionsByText(records: PreparedRecord[]): Map<string, ArticleExtraction> {
  const extracted = new Map<string, ArticleExtraction>();
  for (const record of records) if (record.tagText !== undefined && record.extraction) extracted.set(record.tagText, record.extraction);
  return extracted;
}

export async function importJsonl(db: Queryable, filePath: string, options: ImportOptions = {}): Promise<ImportSummary> {
  const { batchSize = 1000, skipInvalid = false, onProgress } = options;
  const now = options.now ?? new Date();
  const deferTags = options.entityTags === 'defer';
  // Workers load their code (about a second) while the file is checked: started as soon as the file
  // is known to be large enough for them, at once when asked for by number.
  const workers = options.extractionWorkers ?? defaultExtractionWorkers();
  const poolFrom = options.extractionWorkers === undefined ? POOL_MIN_RECORDS : 1;
  let pool: PreparePool | undefined;
  const startPool = (records: number) => {
    if (pool === undefined && workers > 0 && records >= poolFrom) pool = new WorkerPool(PREPARE_WORKER, workers, 'import preparation', nameMemoryCodec());
  };
  // The pipeline keeps the name memory between batches; the pool (if any) extracts for it.
  const pipeline = deferTags ? undefined : await TagPipeline.start(db, 0);
  // The first batches go to the workers as soon as the check has passed their lines, so that the
  // writer finds them prepared when the whole file has been checked (discarded if it fails).
  const early: EarlyBatches = { batches: [], lastLine: 0 };
  const full: { lines: LineToPrepare[]; lastLine: number }[] = [];
  let filling: LineToPrepare[] = [];
  // Collected in file order until enough batches are full, then never again (a gap would lose lines).
  let collecting = true;
  const sendFull = () => {
    for (const batch of pool ? full.splice(0) : []) {
      early.batches.push(prepareBatch(batch.lines, now, pool, pipeline));
      early.lastLine = batch.lastLine;
    }
  };
  const checkedLines: CheckedLines = {
    wants: () => collecting,
    take: (lineNumber, text, known) => {
      if (!collecting) return;
      filling.push({ text, known });
      if (filling.length < batchSize) return;
      full.push({ lines: filling, lastLine: lineNumber });
      filling = [];
      collecting = early.batches.length + full.length < batchesAhead(pool, deferTags) + 1;
      sendFull();
    },
  };
  try {
    const checked = await checkFile(db, filePath, onProgress, options.imagesDirectory, startPool, checkedLines);
    if (checked.problems.length > 0 && !skipInvalid) throw new ImportValidationError(checked.problems);
    sendFull();
    return await importCheckedFile(db, filePath, checked, early, { ...options, batchSize, now }, pool, pipeline);
  } finally {
    await pool?.close();
    await pipeline?.close();
  }
}

type CheckedFile = Awaited<ReturnType<typeof checkFile>>;

async function importCheckedFile(
  db: Queryable,
  filePath: string,
  checked: CheckedFile,
  early: EarlyBatches,
  options: ImportOptions & { batchSize: number; now: Date },
  pool: PreparePool | undefined,
  pipeline: TagPipeline | undefined,
): Promise<ImportSummary> {
  const { batchSize, now, onProgress } = options;
  const deferTags = options.entityTags === 'defer';
  const imageStore = options.imagesDirectory === undefined ? undefined : new ImageStore(options.imagesDirectory);
  const invalidLines = new Set(checked.problems.map((problem) => problem.lineNumber));
  const summary: ImportSummary = {
    records: checked.records,
    imported: 0,
    alreadyPresent: 0,
    empty: 0,
    invalid: checked.problems,
    images: 0,
    remoteImagesSkipped: checked.remoteImages,
  };
  const resolveCategory = createCategoryResolver();
  let recordsDone = 0;

  const writeBatch = async ({ prepared, tags }: PreparedBatch) => {
    const records = (await prepared).filter((prepared): prepared is ReadRecord => prepared.record !== undefined);
    const session = tags && pipeline ? await pipeline.session(tags) : undefined;
    // Image files are content-addressed: written before the transaction, they are harmless if it fails.
    const images = await storeRecordImages(
      filePath,
      records.map(({ record }) => record),
      imageStore,
    );
    const written = await db.transaction().execute(async (trx) => {
      const rows = [];
      const derived = new Map<string, PreparedArticle>();
      for (const { record, row, derived: values } of records) {
        if (!row) continue;
        const category = record.category?.trim();
        rows.push({ ...row, category_id: category ? await resolveCategory(trx, category) : null });
        // Derived from this row's title and sections, which therefore travel once, in the row.
        if (values && row.external_id !== null && row.external_id !== undefined) derived.set(row.external_id, { title: row.title, sections: row.sections, derived: values });
      }
      const ids = await insertArticlesSkippingKnownExternalIds(trx, rows);
      await afterArticlesWritten(trx, ids, { entityTags: deferTags ? 'defer' : session, prepared: derived });
      const attached = await attachRecordImages(trx, images, now);
      return { count: ids.length, empty: records.length - rows.length, attached };
    });
    summary.images += written.attached;
    if (tags && session) pipeline?.written(tags, session);
    summary.imported += written.count;
    summary.empty += written.empty;
    summary.alreadyPresent += records.length - written.count - written.empty;
    onProgress?.({ phase: 'importing', recordsDone, recordsTotal: checked.records });
  };

  const ahead = batchesAhead(pool, deferTags);
  const reader = readJsonlLines(filePath);
  let linesLeft = true;
  const readBatch = async (): Promise<LineToPrepare[]> => {
    const lines: LineToPrepare[] = [];
    while (lines.length < batchSize) {
      const next = await reader.next();
      if (next.done) {
        linesLeft = false;
        break;
      }
      const { lineNumber, text } = next.value;
      if (text.trim() === '') continue;
      recordsDone += 1;
      // A line found wrong while checking (its JSON, or its image) is skipped: only with skipInvalid do we get here.
      // Those of the batches sent while checking are on their way.
      if (lineNumber > early.lastLine && !invalidLines.has(lineNumber)) lines.push({ text, known: checked.knownLines.has(lineNumber) });
    }
    return lines;
  };

  // The writing thread reads and sends the next batches itself before each write: a reader left to the
  // event loop would get no turn while the writes follow one another (their statements run
  // synchronously), and the workers would wait for lines.
  // The connection's bulk settings (page cache, checkpoints) hold while batches are written, and are
  // restored after the last, also when one fails.
  const queue: PreparedBatch[] = [...early.batches];
  try {
    await withBulkWriteSettings(db, async () => {
      for (;;) {
        while (linesLeft && queue.length <= ahead) {
          const lines = await readBatch();
          if (lines.length > 0) queue.push(prepareBatch(lines, now, pool, pipeline));
        }
        const batch = queue.shift();
        if (batch === undefined) break;
        await writeBatch(batch);
      }
    });
  } finally {
    await reader.return(undefined);
  }
  return summary;
}
