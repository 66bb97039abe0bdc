/** `sahifa image ARTICLE_ID FILE`: gives an article its lead image, or replaces it. */
import type { Command } from 'commander';
import { articlePath } from '../../articles/article-path.ts';
import { findArticleHeadline } from '../../articles/article.repository.ts';
import { attachArticleImage } from '../../images/attach-article-image.ts';
import { CliError } from '../cli-error.ts';
import { readImageForCli, storeImageForCli } from '../image-files.ts';
import { withDatabase } from '../open-cli-database.ts';
import { checkPositiveIntegerOption } from '../options.ts';

interface ImageOptions {
  db?: string;
  json?: boolean;
}

export function registerImageCommand(program: Command): void {
  program
    .command('image')
    .description('give an article its lead image, or replace it; the image is checked, stored under the data folder and resized for the site')
    .argument('<article-id>', 'the article id, as in its URL /articles/ID/…')
    .argument('<file>', 'a JPEG, PNG, WebP or AVIF image')
    .option('--db <path>', 'database file (overrides SAHIFA_DB)')
    .option('--json', 'print JSON: {id, url, image: {hash, width, height, format}, changed}')
    .action(async (id: string, file: string, options: ImageOptions) => {
      const articleId = checkPositiveIntegerOption('article id', id, Number.MAX_SAFE_INTEGER) ?? 0;
      // The image is checked before the database is opened: a bad file changes nothing.
      const image = await readImageForCli(file);
      await withDatabase({ databasePath: options.db }, async ({ db }, config) => {
        const article = await findArticleHeadline(db, articleId);
        if (!article) throw new CliError(`no article with id ${articleId}`);
        const stored = await storeImageForCli(config.imagesDirectory, image);
        const changed = await attachArticleImage(db, articleId, stored);
        const url = `${config.baseUrl}${articlePath(article)}`;
        if (options.json) {
          process.stdout.write(`${JSON.stringify({ id: articleId, url, image: stored, changed }, null, 2)}\n`);
          return;
        }
        const note = changed ? '' : '  (already its lead image)';
        process.stdout.write(`${url}\n  lead image ${stored.width}×${stored.height} ${stored.format}, ${stored.hash}${note}\n`);
      });
    });
}
