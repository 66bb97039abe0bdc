/**
 * `sahifa lint FILE…`: proof-reads raw copy with the proofing rules. Exit 0 when no error-severity
 * diagnostic is found, 1 when one is, 2 when a file cannot be read or an option is wrong.
 *
 * `--json` prints `{file, diagnostics}` for one file and an array of them for several, like `parse`.
 * `--fix` (one file) prints the text with the safe fixes applied and nothing else on standard output.
 */
import fs from 'node:fs/promises';
import type { Command } from 'commander';
import { readCopyText, type CopyText } from '../../ingest/copy-files/read-copy-file.ts';
import { fixText } from '../../proofing/apply-fixes.ts';
import type { Diagnostic } from '../../proofing/diagnostic.ts';
import { formatDiagnostic, formatSummary } from '../../proofing/format-diagnostics.ts';
import { parseWordList } from '../../proofing/lexicon/house-words.ts';
import { checkRuleIds, createProofreader, UnknownRuleError } from '../../proofing/proofreader.ts';
import { RULE_IDS } from '../../proofing/rules/index.ts';
import { CliError } from '../cli-error.ts';
import { readAllCopies } from '../read-copies.ts';

/** Bad input or options: distinct from 1, which means "the copy has errors". */
const USAGE_EXIT = 2;

interface LintOptions {
  json?: boolean;
  fix?: boolean;
  disable: string[];
  words?: string;
}

function collectRuleIds(value: string, previous: string[]): string[] {
  return [...previous, ...value.split(',').map((id) => id.trim()).filter((id) => id !== '')];
}

async function runLint(paths: string[], options: LintOptions): Promise<number> {
  if (options.fix && options.json) throw new CliError('--fix prints the fixed text; it cannot be combined with --json', USAGE_EXIT);
  let disable: string[];
  try {
    disable = checkRuleIds(options.disable);
  } catch (error) {
    if (error instanceof UnknownRuleError) throw new CliError(`--disable: ${error.message}`, USAGE_EXIT);
    throw error;
  }
  // Every file is read first and all unreadable ones are reported together, as `parse` and `ingest` do.
  const files = await readAllCopies(paths, readCopyText, USAGE_EXIT);
  if (options.fix && files.length !== 1) throw new CliError(`--fix works on one file at a time (got ${files.length})`, USAGE_EXIT);
  const extraWords = options.words === undefined ? [] : parseWordList(await readWordsOption(options.words));
  const proofreader = await createProofreader({ extraWords });

  if (options.fix) {
    const [only] = files as [CopyText];
    const fixed = fixText(proofreader, only.text, { disable });
    process.stdout.write(fixed.text);
    const remaining = proofreader.proof(fixed.text, { disable });
    process.stderr.write(`${only.filePath}: ${fixed.applied} safe fix${fixed.applied === 1 ? '' : 'es'} applied; left for an editor: ${formatSummary(remaining, 1)}\n`);
    return remaining.some((diagnostic) => diagnostic.severity === 'error') ? 1 : 0;
  }

  const results = files.map((file) => ({ file: file.filePath, diagnostics: proofreader.proof(file.text, { disable }) }));
  const all: Diagnostic[] = results.flatMap((result) => result.diagnostics);
  if (options.json) {
    process.stdout.write(`${JSON.stringify(results.length === 1 ? results[0] : results, null, 2)}\n`);
  } else {
    const colour = process.stdout.isTTY === true;
    for (const result of results) {
      for (const diagnostic of result.diagnostics) process.stdout.write(`${formatDiagnostic(result.file, diagnostic, { colour })}\n`);
    }
    process.stdout.write(`${formatSummary(all, results.length)}\n`);
  }
  return all.some((diagnostic) => diagnostic.severity === 'error') ? 1 : 0;
}

async function readWordsOption(file: string): Promise<string> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (error) {
    throw new CliError(`--words: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? String(error)})`, USAGE_EXIT);
  }
}

export function registerLintCommand(program: Command): void {
  program
    .command('lint')
    .description('proof-read raw article copy: typos, repeated words, misspellings, brackets, punctuation')
    .argument('<files...>', 'raw copy files or directories of .txt files (UTF-8, UTF-16 with BOM or Windows-1256)')
    .option('--json', 'print JSON: {file, diagnostics} for one file, an array of them for several')
    .option('--fix', 'print the text of one file with the safe fixes applied (never a guess)')
    .option('--disable <rules>', `switch rules off (repeatable or comma-separated): ${RULE_IDS.join(', ')}`, collectRuleIds, [])
    .option('--words <file>', 'extra words to accept (one a line): names a desk vouches for')
    .option('--db <path>', 'accepted like every command; lint reads no database')
    .addHelpText('after', '\nExit status: 0 no errors (warnings allowed), 1 errors found, 2 unreadable file or bad option.')
    .action(async (files: string[], options: LintOptions) => {
      const status = await runLint(files, options);
      if (status !== 0) process.exitCode = status;
    });
}
