/** Reads raw copy from disk: size limit, encoding detection, parsing; every failure names the file. */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { decodeText } from '../decode-text.ts';
import type { ParsedArticle } from '../parsed-article.ts';
import { parseRawCopy } from '../raw-copy/parse-raw-copy.ts';

/** A raw copy is one article; past this it is not one (a dump, a mistaken file). */
export const MAX_COPY_BYTES = 10 * 1024 * 1024;

export class CopyFileError extends Error {
  override name = 'CopyFileError';
  constructor(
    readonly filePath: string,
    reason: string,
  ) {
    super(`${filePath}: ${reason}`);
  }
}

export interface CopyText {
  filePath: string;
  encoding: string;
  /** The decoded text, BOM removed: what offsets into the copy (diagnostics, entities) index. */
  text: string;
}

export interface CopyFile extends CopyText {
  /** SHA-256 of the decoded text with line ends and edge spaces evened out: the copy's identity. */
  copyHash: string;
  article: ParsedArticle;
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function hashCopy(text: string): string {
  const canonical = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
  return createHash('sha256').update(canonical).digest('hex');
}

export interface ReadCopyOptions {
  publishedAt?: string | undefined;
}

/** Reads and decodes a copy file, refusing what cannot be one article's copy; does not parse it. */
export async function readCopyText(filePath: string): Promise<CopyText> {
  let stat;
  try {
    stat = await fs.stat(filePath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CopyFileError(filePath, code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? String(error)})`);
  }
  if (!stat.isFile()) throw new CopyFileError(filePath, 'not a regular file');
  if (stat.size === 0) throw new CopyFileError(filePath, 'the file is empty');
  if (stat.size > MAX_COPY_BYTES) {
    throw new CopyFileError(
      filePath,
      `the file is too large (${formatMegabytes(stat.size)}); one article's copy may be at most ${formatMegabytes(MAX_COPY_BYTES)}`,
    );
  }
  try {
    const { text, encoding } = decodeText(await fs.readFile(filePath));
    return { filePath, encoding, text };
  } catch (error) {
    throw new CopyFileError(filePath, error instanceof Error ? error.message : String(error));
  }
}

export async function readCopyFile(filePath: string, options: ReadCopyOptions = {}): Promise<CopyFile> {
  const copy = await readCopyText(filePath);
  try {
    const article = parseRawCopy(copy.text, options.publishedAt === undefined ? {} : { publishedAt: options.publishedAt });
    return { ...copy, copyHash: hashCopy(copy.text), article };
  } catch (error) {
    throw new CopyFileError(filePath, error instanceof Error ? error.message : String(error));
  }
}

/** Expands directories into the `.txt` files inside them (recursively, hidden entries skipped), in name order. */
export async function expandCopyPaths(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const given of paths) {
    let stat;
    try {
      stat = await fs.stat(given);
    } catch {
      files.push(given); // readCopyFile reports it with the file's name.
      continue;
    }
    if (!stat.isDirectory()) {
      files.push(given);
      continue;
    }
    const entries = await fs.readdir(given, { recursive: true, withFileTypes: true });
    const found = entries
      .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith('.txt'))
      .map((entry) => path.join(entry.parentPath, entry.name))
      .filter((file) => !path.relative(given, file).split(path.sep).some((part) => part.startsWith('.')))
      .sort();
    files.push(...found);
  }
  return files;
}
