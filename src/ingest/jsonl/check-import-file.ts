/**
 * The first pass of a JSON Lines import: every line checked against the record schema (and its image,
 * if local) before anything is written, the lines whose records the database already holds noted, and
 * the first checked lines handed on as they pass so that workers can prepare them meanwhile.
 */
import { findKnownExternalIds, type Queryable } from '../../articles/article.repository.ts';
import { checkImportLine, localImagePath } from './import-record.ts';
import { checkRecordImage } from './import-images.ts';
import type { ImportOptions } from './import-jsonl.ts';
import { readJsonlLines } from './read-jsonl-lines.ts';

export interface LineProblem {
  lineNumber: number;
  reason: string;
}

const ID_LOOKUP_CHUNK = 1_000;

/** Lines fit to import as the check confirms them, in file order, while `wants()` (the first batches). */
export interface CheckedLines {
  wants(): boolean;
  take(lineNumber: number, text: string, known: boolean): void;
}

/**
 * Also notes which lines hold records the database already has, so that nobody derives or extracts
 * anything for them again; `onRecord` hears the count of records read so far.
 */
export async function checkFile(
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

export type CheckedFile = Awaited<ReturnType<typeof checkFile>>;
