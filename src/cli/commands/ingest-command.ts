/** `sahifa ingest FILE|DIR…`: stores raw copies as articles (idempotently) and prints their URLs. */
import type { Command } from 'commander';
import { articlePath } from '../../articles/article-path.ts';
import { retrainCategoryModel } from '../../categories/retrain-category-model.ts';
import { describeRetrain } from '../../categories/train-in-background.ts';
import { ingestCopies } from '../../ingest/ingest-copies.ts';
import { readCopyFiles } from '../read-copies.ts';
import { checkDateOption } from '../options.ts';
import { withDatabase } from '../open-cli-database.ts';
import { CliError } from '../cli-error.ts';
import { readImageForCli, storeImageForCli } from '../image-files.ts';

interface IngestOptions {
  db?: string;
  publishedAt?: string;
  category?: string;
  source?: string;
  json?: boolean;
  image?: string;
}

export function registerIngestCommand(program: Command): void {
  program
    .command('ingest')
    .description('store raw article copy as published articles; the same copy twice stays one article')
    .argument('<paths...>', 'raw copy files, or directories of .txt files')
    .option('--db <path>', 'database file (overrides SAHIFA_DB)')
    .option('--published-at <date>', 'publication time (ISO 8601) instead of the caption date or now')
    .option('--category <name>', 'section to file the articles under (slug or name, e.g. economy or اقتصاد)')
    .option('--source <name>', 'source of the copy (defaults to the dateline agency)')
    .option('--image <file>', 'lead image of the article (JPEG, PNG, WebP or AVIF); one copy file only')
    .option('--json', 'print JSON: [{file, id, url, created}]')
    .action(async (paths: string[], options: IngestOptions) => {
      // Every file is read and parsed before the database is touched: one bad file stores nothing.
      const copies = await readCopyFiles(paths, { publishedAt: checkDateOption('--published-at', options.publishedAt) });
      if (options.image !== undefined && copies.length !== 1) {
        throw new CliError(`--image gives one article its lead image, but ${copies.length} copy files were named (use \`sahifa image ID FILE\` for each)`);
      }
      const image = options.image === undefined ? undefined : await readImageForCli(options.image);
      await withDatabase({ databasePath: options.db }, async ({ db }, config) => {
        // Image files are content-addressed: written before the transaction, they are harmless if it fails.
        const storedImage = image && (await storeImageForCli(config.imagesDirectory, image));
        const results = await ingestCopies(db, copies, { category: options.category, source: options.source, image: storedImage });
        // Copies filed under a section teach the classifier: it is trained again when they changed what it learns from.
        if (results.some((result) => result.created)) {
          const training = await retrainCategoryModel(db);
          if (training.status === 'trained') process.stderr.write(`${describeRetrain(training)}\n`);
        }
        const rows = results.map((result) => ({
          file: result.filePath,
          id: result.id,
          url: `${config.baseUrl}${articlePath(result)}`,
          created: result.created,
        }));
        if (options.json) {
          process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
          return;
        }
        for (const row of rows) process.stdout.write(`${row.url}${row.created ? '' : '  (already stored)'}\n`);
        const created = rows.filter((row) => row.created).length;
        process.stderr.write(`${created} new, ${rows.length - created} already stored\n`);
      });
    });
}
