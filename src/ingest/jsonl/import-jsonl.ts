/**
 * Bulk import of a JSON Lines file in batched transactions. The whole file is checked first
 * (check-import-file.ts), so a malformed line leaves the database as it was; then each batch is written
 * in one transaction. For large files, worker threads (started while the file is checked) are sent the
 * next batches' lines as read, and parse and prepare them (prepare-import-batch.ts,
 * prepare-import-records.ts) while this thread writes one: what they derive is what the writer would
 * (tested table by table), so it only writes.
 */
import { insertArticlesSkippingKnownExternalIds, type Queryable } from '../../articles/article.repository.ts';
import type { PreparedArticle } from '../../articles/written-articles.ts';
import { createCategoryResolver } from '../../articles/resolve-category.ts';
import { withBulkWriteSettings } from '../../db/with-bulk-write-settings.ts';
import { WorkerPool } from '../../lib/worker-pool.ts';
import { afterArticlesWritten } from '../../publishing/after-articles-written.ts';
import { defaultExtractionWorkers } from '../../tags/extraction-pool.ts';
import { nameMemoryCodec } from '../../tags/name-memory-codec.ts';
import { TagPipeline } from '../../tags/tag-pipeline.ts';
import type { LineToPrepare, PreparedRecord, RecordFields } from './prepare-import-records.ts';
import { attachRecordImages, storeRecordImages } from './import-images.ts';
import { ImageStore } from '../../images/image-store.ts';
import { readJsonlLines } from './read-jsonl-lines.ts';
import { checkFile, type CheckedFile, type CheckedLines, type LineProblem } from './check-import-file.ts';
import { batchesAhead, prepareBatch, type PreparedBatch, type PreparePool } from './prepare-import-batch.ts';

export type { LineProblem };

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

/**
 * Without tags the writing thread is the import's serial path (its CPU about equal to both workers'
 * together), and with two workers beside it on two cores it waited for a core a third of its time:
 * the workers run at a lower priority (nice +10), so that they take what CPU the writer leaves.
 * With tags the workers are the longer path and keep their priority.
 */
const WORKER_PRIORITY_STEPS_WITHOUT_TAGS = 10;

/** Below this, starting a worker (about a second) costs more than preparing on the writing thread. */
const POOL_MIN_RECORDS = 2_000;
const PREPARE_WORKER = new URL('./prepare-import-worker.mjs', import.meta.url);

export class ImportValidationError extends Error {
  override name = 'ImportValidationError';
  constructor(readonly problems: LineProblem[]) {
    super(`${problems.length} malformed line${problems.length === 1 ? '' : 's'}`);
  }
}

/** The batches sent while the file was checked, and the last line they hold. */
interface EarlyBatches {
  batches: PreparedBatch[];
  lastLine: number;
}

type ReadRecord = PreparedRecord & { record: RecordFields };

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
    if (pool === undefined && workers > 0 && records >= poolFrom) pool = new WorkerPool(PREPARE_WORKER, workers, 'import preparation', nameMemoryCodec(), {
        lowerPriority: deferTags ? WORKER_PRIORITY_STEPS_WITHOUT_TAGS : 0,
      });
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
