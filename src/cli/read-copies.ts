/** Reads every named copy (directories expanded) and reports all bad files at once, before anything is stored. */
import { CopyFileError, expandCopyPaths, readCopyFile, type CopyFile, type ReadCopyOptions } from '../ingest/copy-files/read-copy-file.ts';
import { CliError } from './cli-error.ts';

/** Reads every file with `read`; all unreadable files are reported together in one CliError with `exitCode`. */
export async function readAllCopies<T>(paths: string[], read: (file: string) => Promise<T>, exitCode = 1): Promise<T[]> {
  const files = await expandCopyPaths(paths);
  if (files.length === 0) throw new CliError(`no .txt files found in ${paths.join(', ')}`, exitCode);
  const copies: T[] = [];
  const problems: string[] = [];
  for (const file of files) {
    try {
      copies.push(await read(file));
    } catch (error) {
      if (!(error instanceof CopyFileError)) throw error;
      problems.push(error.message);
    }
  }
  if (problems.length > 0) {
    const summary = problems.length === 1 ? problems[0] : `${problems.length} files cannot be read:\n  ${problems.join('\n  ')}`;
    throw new CliError(summary ?? 'cannot read the files', exitCode);
  }
  return copies;
}

export function readCopyFiles(paths: string[], options: ReadCopyOptions = {}): Promise<CopyFile[]> {
  return readAllCopies(paths, (file) => readCopyFile(file, options));
}
