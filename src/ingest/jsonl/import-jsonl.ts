/**
 * Bulk import of a JSON Lines file in batched transactions. The whole file is checked first, so a
 * malformed line leaves the database as it was; then each batch is written in one transaction.
 */
import { findKnownExternalIds, insertArticlesSkippingKnownExternalIds, type Queryable } from '../../articles/article.repository.ts';
import { toNewArticleRow } from '../../articles/article-mapper.ts';
import type { ArticleDraft } from '../../articles/article.ts';
import { createCategoryResolver } from '../../articles/resolve-category.ts';
import { afterArticlesWritten } from '../../publishing/after-articles-written.ts';
import { entityTextOf } from '../../tags/entity-text.ts';
import { defaultExtractionWorkers } from '../../tags/extraction-pool.ts';
import { TagPipeline, type PrefetchedBatch } from '../../tags/tag-pipeline.ts';
import { checkImportLine, importRecordToDraft, localImagePath, type ImportRecord } from './import-record.ts';
import { attachRecordImages, checkRecordImage, storeRecordImages } from './import-images.ts';
import { ImageStore } from '../../images/image-store.ts';
import { readJsonlLines } from './read-jsonl-lines.ts';

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
  /** Threads extracting entities while the main one writes; by default one per spare core for files of 2,000 records or more. */
  extractionWorkers?: number;
}

/** Below this, starting a worker (about a second) costs more than extracting on the writing thread. */
const POOL_MIN_RECORDS = 2_000;
const ID_LOOKUP_CHUNK = 1_000;

export class ImportValidationError extends Error {
  override name = 'ImportValidationError';
  constructor(readonly problems: LineProblem[]) {
    super(`${problems.length} malformed line${problems.length === 1 ? '' : 's'}`);
  }
}

/** Also notes which records the database already holds, so that nobody extracts entities for them again. */
async function checkFile(db: Queryable, filePath: string, onProgress: ImportOptions['onProgress'], imagesDirectory: string | undefined) {
  const problems: LineProblem[] = [];
  const knownIds = new Set<string>();
  let ids: string[] = [];
  const lookUp = async () => {
    for (const id of await findKnownExternalIds(db, ids)) knownIds.add(id);
    ids = [];
  };
  let records = 0;
  let remoteImages = 0;
  for await (const { lineNumber, text } of readJsonlLines(filePath)) {
    if (text.trim() === '') continue;
    records += 1;
    const check = checkImportLine(text);
    if (check.kind === 'invalid') problems.push({ lineNumber, reason: check.reason });
    else {
      ids.push(String(check.record.id).trim());
      const imageProblem = await checkRecordImage(filePath, check.record, imagesDirectory);
      if (imageProblem !== null) problems.push({ lineNumber, reason: imageProblem });
      if (check.record.image?.trim() && localImagePath(check.record) === null) remoteImages += 1;
    }
    if (ids.length >= ID_LOOKUP_CHUNK) await lookUp();
    if (records % 2000 === 0) onProgress?.({ phase: 'checking', recordsDone: records, recordsTotal: null });
  }
  await lookUp();
  return { records, problems, knownIds, remoteImages };
}

interface PendingRecord {
  record: ImportRecord;
  publishedAt: string | null;
}

interface PreparedBatch {
  pending: PendingRecord[];
  /** Null where the body holds no article text. */
  drafts: (ArticleDraft | null)[];
  tags: PrefetchedBatch | undefined;
}

export async function importJsonl(db: Queryable, filePath: string, options: ImportOptions = {}): Promise<ImportSummary> {
  const { batchSize = 1000, skipInvalid = false, onProgress } = options;
  const now = options.now ?? new Date();
  const checked = await checkFile(db, filePath, onProgress, options.imagesDirectory);
  if (checked.problems.length > 0 && !skipInvalid) throw new ImportValidationError(checked.problems);
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
  const deferTags = options.entityTags === 'defer';
  const workers = options.extractionWorkers ?? (checked.records >= POOL_MIN_RECORDS ? defaultExtractionWorkers() : 0);
  const pipeline = deferTags ? undefined : await TagPipeline.start(db, workers);
  let recordsDone = 0;
  let batch: PendingRecord[] = [];

  // Drafts are made before the transaction (their category after, as it may create one), and the new
  // ones' text is sent to be tagged while the previous batch is still being written.
  const prepareBatch = (pending: PendingRecord[]): PreparedBatch => {
    const drafts = pending.map(({ record, publishedAt }) => importRecordToDraft(record, publishedAt, null, now));
    const texts = drafts.flatMap((draft) =>
      draft && !checked.knownIds.has(draft.externalId ?? '')
        ? [{ text: entityTextOf({ title: draft.title, imageCaption: draft.image?.caption ?? null, sections: draft.sections }), publishedAt: draft.publishedAt }]
        : [],
    );
    return { pending, drafts, tags: pipeline?.prefetch(texts) };
  };

  const writeBatch = async ({ pending, drafts, tags }: PreparedBatch) => {
    const session = tags && pipeline ? await pipeline.session(tags) : undefined;
    // Image files are content-addressed: written before the transaction, they are harmless if it fails.
    const images = await storeRecordImages(
      filePath,
      pending.map(({ record }) => record),
      imageStore,
    );
    const written = await db.transaction().execute(async (trx) => {
      const rows = [];
      for (const [index, draft] of drafts.entries()) {
        if (!draft) continue;
        const category = pending[index]!.record.category?.trim();
        const categoryId = category ? await resolveCategory(trx, category) : null;
        rows.push(toNewArticleRow({ ...draft, categoryId }, now));
      }
      const ids = await insertArticlesSkippingKnownExternalIds(trx, rows);
      await afterArticlesWritten(trx, ids, { entityTags: deferTags ? 'defer' : session });
      const attached = await attachRecordImages(trx, images, now);
      return { count: ids.length, empty: pending.length - rows.length, attached };
    });
    summary.images += written.attached;
    if (tags && session) pipeline?.written(tags, session);
    summary.imported += written.count;
    summary.empty += written.empty;
    summary.alreadyPresent += pending.length - written.count - written.empty;
    onProgress?.({ phase: 'importing', recordsDone, recordsTotal: checked.records });
  };

  let inFlight: Promise<void> = Promise.resolve();
  const sendBatch = async () => {
    if (batch.length === 0) return;
    const prepared = prepareBatch(batch);
    batch = [];
    await inFlight;
    inFlight = writeBatch(prepared);
    // Seen as handled now; the failure itself surfaces at the next await of inFlight.
    inFlight.catch(() => {});
  };

  try {
    for await (const { lineNumber, text } of readJsonlLines(filePath)) {
      if (text.trim() === '') continue;
      recordsDone += 1;
      // A line found wrong while checking (its JSON, or its image) is skipped: only with skipInvalid do we get here.
      if (invalidLines.has(lineNumber)) continue;
      const check = checkImportLine(text);
      if (check.kind !== 'valid') continue;
      batch.push({ record: check.record, publishedAt: check.publishedAt });
      if (batch.length >= batchSize) await sendBatch();
    }
    await sendBatch();
    await inFlight;
  } finally {
    await inFlight.catch(() => {});
    await pipeline?.close();
  }
  return summary;
}
