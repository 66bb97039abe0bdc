/** Reads every named copy (directories expanded) and reports all bad files at once, before anything is stored. */
import { CopyFileError, expandCopyPaths, readCopyFile, type CopyFile, type ReadCopyOptions } from '../ingest/copy-files/read-copy-file.ts';
import { CliError } from './cli-error.ts';

export async function readCopyFiles(paths: string[], options: ReadCopyOptions = {}): Promise<CopyFile[]> {
  const files = await expandCopyPaths(paths);
  if (files.length === 0) throw new CliError(`no .txt files found in ${paths.join(', ')}`);
  const copies: CopyFile[] = [];
  const problems: string[] = [];
  for (const file of files) {
    try {
      copies.push(await readCopyFile(file, options));
    } catch (error) {
      if (!(error instanceof CopyFileError)) throw error;
      problems.push(error.message);
    }
  }
  if (problems.length > 0) {
    const summary = problems.length === 1 ? problems[0] : `${problems.length} files cannot be read:\n  ${problems.join('\n  ')}`;
    throw new CliError(summary ?? 'cannot read the files');
  }
  return copies;
}
