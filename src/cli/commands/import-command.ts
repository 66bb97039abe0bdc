/** `sahifa import FILE.jsonl[.gz]`: bulk import in batched transactions, with progress and a summary. */
import fs from 'node:fs';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { retrainCategoryModel } from '../../categories/retrain-category-model.ts';
import { describeRetrain } from '../../categories/train-in-background.ts';
import { importJsonl, ImportValidationError, type ImportProgress } from '../../ingest/jsonl/import-jsonl.ts';
import { CliError } from '../cli-error.ts';
import { checkPositiveIntegerOption } from '../options.ts';
import { withDatabase } from '../open-cli-database.ts';
import { countQueuedRelated, drainRelatedQueue } from '../../related/index.ts';
import { sqliteSearchIndex } from '../../search/sqlite-search-index.ts';

/** Imports of at least this many articles compact the search index afterwards. */
const OPTIMIZE_AFTER_IMPORTED = 1_000;

interface ImportOptions {
  db?: string;
  batchSize?: string;
  skipInvalid?: boolean;
  deferTags?: boolean;
  json?: boolean;
}

const SHOWN_PROBLEMS = 20;
/** How long an import may spend afterwards on the related-stories lists it queued. */
const RELATED_DRAIN_MS = 3_000;

function progressReporter() {
  if (!process.stderr.isTTY) return { update: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    { format: 'importing [{bar}] {percentage}% | {value}/{total} records | {eta_formatted} left', stream: process.stderr, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(progress: ImportProgress) {
      if (progress.phase === 'checking') {
        process.stderr.write(`\rchecking… ${progress.recordsDone} records`);
        return;
      }
      if (!started) {
        process.stderr.write('\n');
        bar.start(progress.recordsTotal ?? 0, 0);
        started = true;
      }
      bar.update(progress.recordsDone);
    },
    stop() {
      if (started) bar.stop();
    },
  };
}

export function registerImportCommand(program: Command): void {
  program
    .command('import')
    .description('bulk-import JSON Lines records {id, title, body, category, date, source, url, image}; re-running adds nothing twice')
    .argument('<file>', 'a .jsonl file, optionally gzipped')
    .option('--db <path>', 'database file (overrides SAHIFA_DB)')
    .option('--batch-size <n>', 'records per transaction', '1000')
    .option('--skip-invalid', 'import the valid records even when some lines are malformed (they are listed)')
    .option('--defer-tags', 'leave entity tags to the next sahifa command that opens the database (sahifa serve at start), which tags every article then: about twice as fast a first bulk load')
    .option('--json', 'print the summary as JSON')
    .action(async (file: string, options: ImportOptions) => {
      const batchSize = checkPositiveIntegerOption('--batch-size', options.batchSize, 100_000);
      if (!fs.existsSync(file)) throw new CliError(`${file}: no such file`);
      if (!fs.statSync(file).isFile()) throw new CliError(`${file}: not a regular file`);
      await withDatabase({ databasePath: options.db }, async ({ db }, config) => {
        const progress = progressReporter();
        const started = performance.now();
        let summary;
        try {
          summary = await importJsonl(db, file, {
            batchSize,
            skipInvalid: options.skipInvalid ?? false,
            // Without tags the import is search analysis and indexing alone; the whole site is tagged
            // at the next open (ensureEntityTagsCurrent), in one pass with the extraction workers.
            entityTags: options.deferTags ? 'defer' : 'extract',
            onProgress: progress.update,
            imagesDirectory: config.imagesDirectory,
          });
        } catch (error) {
          if (error instanceof ImportValidationError) {
            const lines = error.problems.slice(0, SHOWN_PROBLEMS).map((problem) => `  ${file}:${problem.lineNumber}: ${problem.reason}`);
            const more = error.problems.length > SHOWN_PROBLEMS ? `\n  … and ${error.problems.length - SHOWN_PROBLEMS} more` : '';
            throw new CliError(`${file}: ${error.message}; nothing was imported (use --skip-invalid to import the rest)\n${lines.join('\n')}${more}`);
          }
          if (error instanceof Error && !(error instanceof CliError)) throw new CliError(`${file}: ${error.message}; nothing more was imported`);
          throw error;
        } finally {
          progress.stop();
        }
        const seconds = (performance.now() - started) / 1000;
        // The import queued its articles' related-stories lists: a small one is done in a moment, a
        // large one is left to `sahifa serve` (in the background) or `sahifa related --refresh`.
        await drainRelatedQueue(db, { budgetMs: RELATED_DRAIN_MS });
        const queued = await countQueuedRelated(db);
        if (queued > 0) {
          process.stderr.write(`related stories: ${queued} lists queued; sahifa serve computes them in the background, sahifa related --refresh at once\n`);
        }
        // New categorized articles change what the classifier learns from: it is trained again now (and only then).
        if (summary.imported > 0) {
          const training = await retrainCategoryModel(db);
          if (training.status === 'trained') process.stderr.write(`${describeRetrain(training)}\n`);
        }
        // Each batch left a segment in the search index: merged into one, every search reads less. A
        // few articles are not worth the seconds it takes on a large index.
        if (summary.imported >= OPTIMIZE_AFTER_IMPORTED) await sqliteSearchIndex.optimize(db);
        if (options.deferTags && summary.imported > 0) {
          process.stderr.write('entity tags deferred: the next sahifa command that opens this database (sahifa serve at start) tags every article\n');
        }
        if (options.json) {
          process.stdout.write(`${JSON.stringify({ ...summary, seconds: Number(seconds.toFixed(2)) }, null, 2)}\n`);
          return;
        }
        process.stdout.write(
          `${file}: ${summary.records} records: ${summary.imported} imported, ${summary.alreadyPresent} already present, ` +
            `${summary.empty} with an empty body skipped, ${summary.invalid.length} malformed skipped (${seconds.toFixed(1)} s)\n`,
        );
        if (summary.images > 0) process.stdout.write(`  ${summary.images} lead image${summary.images === 1 ? '' : 's'} stored\n`);
        if (summary.remoteImagesSkipped > 0) {
          process.stdout.write(`  ${summary.remoteImagesSkipped} image URL${summary.remoteImagesSkipped === 1 ? '' : 's'} not fetched (give a local file path, or use \`sahifa image ID FILE\`)\n`);
        }
        for (const problem of summary.invalid.slice(0, SHOWN_PROBLEMS)) process.stdout.write(`  ${file}:${problem.lineNumber}: ${problem.reason}\n`);
      });
    });
}
