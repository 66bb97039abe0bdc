/**
 * Reads the articles to classify: raw copy files (parsed as `ingest` parses them) and JSON Lines files of
 * import records (read as `import` reads them), told apart by name or, failing that, by content.
 */
import fs from 'node:fs/promises';
import { CopyFileError, expandCopyPaths, readCopyFile } from '../ingest/copy-files/read-copy-file.ts';
import { copyToDraft } from '../ingest/ingest-copies.ts';
import { checkImportLine, importRecordToDraft } from '../ingest/jsonl/import-record.ts';
import { readJsonlLines } from '../ingest/jsonl/read-jsonl-lines.ts';
import { sectionsText, type ClassifierArticle } from './classifier-article.ts';

export interface ClassifierInput {
  /** The record's `id` for JSON Lines, the file path for raw copy. */
  id: string | number;
  article: ClassifierArticle;
}

export class ClassifierInputError extends Error {
  override name = 'ClassifierInputError';
  constructor(readonly problems: string[]) {
    super(problems.length === 1 ? (problems[0] as string) : `${problems.length} problems in the input:\n  ${problems.slice(0, 20).join('\n  ')}`);
  }
}

const JSONL_NAME = /\.(jsonl|ndjson)(\.gz)?$/i;
const SNIFF_BYTES = 64 * 1024;

/** A JSON Lines file by its name, or by a gzip header or a first line that is a JSON object. */
export async function looksLikeJsonl(filePath: string): Promise<boolean> {
  if (JSONL_NAME.test(filePath)) return true;
  let head: Buffer;
  try {
    const handle = await fs.open(filePath, 'r');
    try {
      const { buffer, bytesRead } = await handle.read(Buffer.alloc(SNIFF_BYTES), 0, SNIFF_BYTES, 0);
      head = buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch {
    return false; // the raw-copy reader reports a missing or unreadable file by name
  }
  if (head[0] === 0x1f && head[1] === 0x8b) return true;
  const firstLine = head.toString('utf8').replace(/^\uFEFF/, '').trimStart().split('\n')[0] ?? '';
  if (!firstLine.startsWith('{')) return false;
  try {
    const value: unknown = JSON.parse(firstLine);
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

async function readJsonlInputs(filePath: string, now: Date, problems: string[]): Promise<ClassifierInput[]> {
  const inputs: ClassifierInput[] = [];
  try {
    for await (const { lineNumber, text } of readJsonlLines(filePath)) {
      if (text.trim() === '') continue;
      const check = checkImportLine(text);
      if (check.kind === 'invalid') {
        problems.push(`${filePath}:${lineNumber}: ${check.reason}`);
        continue;
      }
      const { record } = check;
      // A record whose body holds no article text is still classified, by its headline.
      const draft = importRecordToDraft(record, check.publishedAt, null, now);
      const source = record.source?.trim() || null;
      inputs.push({ id: record.id, article: { title: record.title.trim(), body: draft ? sectionsText(draft.sections) : '', source } });
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    problems.push(`${filePath}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : reason}`);
  }
  if (inputs.length === 0 && !problems.some((problem) => problem.startsWith(filePath))) problems.push(`${filePath}: no records`);
  return inputs;
}

/** Every article in `paths` (directories give their `.txt` copies); all problems are reported at once. */
export async function readClassifierInputs(paths: string[], now = new Date()): Promise<ClassifierInput[]> {
  const inputs: ClassifierInput[] = [];
  const problems: string[] = [];
  for (const filePath of await expandCopyPaths(paths)) {
    if (await looksLikeJsonl(filePath)) {
      inputs.push(...(await readJsonlInputs(filePath, now, problems)));
      continue;
    }
    try {
      const draft = copyToDraft(await readCopyFile(filePath), null, null, now);
      inputs.push({ id: filePath, article: { title: draft.title, body: sectionsText(draft.sections), source: draft.source ?? null } });
    } catch (error) {
      if (!(error instanceof CopyFileError)) throw error;
      problems.push(error.message);
    }
  }
  if (problems.length > 0) throw new ClassifierInputError(problems);
  if (inputs.length === 0) throw new ClassifierInputError([`no articles found in ${paths.join(', ')}`]);
  return inputs;
}
