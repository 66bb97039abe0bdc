/**
 * Bulk import of a JSON Lines file in batched transactions. The whole file is checked first, so a
 * malformed line leaves the database as it was; then each batch is written in one transaction.
 */
import { insertArticlesSkippingKnownExternalIds, type Queryable } from '../../articles/article.repository.ts';
import { toNewArticleRow } from '../../articles/article-mapper.ts';
import { createCategoryResolver } from '../../articles/resolve-category.ts';
import { afterArticlesWritten } from '../../publishing/after-articles-written.ts';
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
}

export class ImportValidationError extends Error {
  override name = 'ImportValidationError';
  constructor(readonly problems: LineProblem[]) {
    super(`${problems.length} malformed line${problems.length === 1 ? '' : 's'}`);
  }
}

async function checkFile(filePath: string, onProgress: ImportOptions['onProgress'], imagesDirectory: string | undefined) {
  const problems: LineProblem[] = [];
  let records = 0;
  let remoteImages = 0;
  for await (const { lineNumber, text } of readJsonlLines(filePath)) {
    if (text.trim() === '') continue;
    records += 1;
    const check = checkImportLine(text);
    if (check.kind === 'invalid') problems.push({ lineNumber, reason: check.reason });
    if (check.kind === 'valid') {
      const imageProblem = await checkRecordImage(filePath, check.record, imagesDirectory);
      if (imageProblem !== null) problems.push({ lineNumber, reason: imageProblem });
      if (check.record.image?.trim() && localImagePath(check.record) === null) remoteImages += 1;
    }
    if (records % 2000 === 0) onProgress?.({ phase: 'checking', recordsDone: records, recordsTotal: null });
  }
  return { records, problems, remoteImages };
}

interface PendingRecord {
  record: ImportRecord;
  publishedAt: string | null;
}

export async function importJsonl(db: Queryable, filePath: string, options: ImportOptions = {}): Promise<ImportSummary> {
  const { batchSize = 1000, skipInvalid = false, onProgress } = options;
  const now = options.now ?? new Date();
  const checked = await checkFile(filePath, onProgress, options.imagesDirectory);
  const imageStore = options.imagesDirectory === undefined ? undefined : new ImageStore(options.imagesDirectory);
  const invalidLines = new Set(checked.problems.map((problem) => problem.lineNumber));
  if (checked.problems.length > 0 && !skipInvalid) throw new ImportValidationError(checked.problems);

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
  let batch: PendingRecord[] = [];

  const writeBatch = async () => {
    if (batch.length === 0) return;
    const pending = batch;
    batch = [];
    const images = await storeRecordImages(
      filePath,
      pending.map(({ record }) => record),
      imageStore,
    );
    const written = await db.transaction().execute(async (trx) => {
      const rows = [];
      for (const { record, publishedAt } of pending) {
        const category = record.category?.trim();
        const categoryId = category ? await resolveCategory(trx, category) : null;
        const draft = importRecordToDraft(record, publishedAt, categoryId, now);
        if (draft) rows.push(toNewArticleRow(draft, now));
      }
      const ids = await insertArticlesSkippingKnownExternalIds(trx, rows);
      await afterArticlesWritten(trx, ids);
      const attached = await attachRecordImages(trx, images, now);
      return { count: ids.length, empty: pending.length - rows.length, attached };
    });
    summary.images += written.attached;
    summary.imported += written.count;
    summary.empty += written.empty;
    summary.alreadyPresent += pending.length - written.count - written.empty;
    onProgress?.({ phase: 'importing', recordsDone, recordsTotal: checked.records });
  };

  for await (const { lineNumber, text } of readJsonlLines(filePath)) {
    if (text.trim() === '') continue;
    recordsDone += 1;
    // A line found wrong while checking (its JSON, or its image) is skipped: only with skipInvalid do we get here.
    if (invalidLines.has(lineNumber)) continue;
    const check = checkImportLine(text);
    if (check.kind !== 'valid') continue;
    batch.push({ record: check.record, publishedAt: check.publishedAt });
    if (batch.length >= batchSize) await writeBatch();
  }
  await writeBatch();
  return summary;
}
