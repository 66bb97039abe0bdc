/** `sahifa parse FILE…`: shows how raw copy is understood, without storing anything. */
import type { Command } from 'commander';
import type { ParsedArticle } from '../../ingest/parsed-article.ts';
import { readCopyFiles } from '../read-copies.ts';
import { checkDateOption } from '../options.ts';
import { formatParsedArticle } from '../format-parsed-article.ts';

export function registerParseCommand(program: Command): void {
  program
    .command('parse')
    .description('parse raw article copy and print its structure (nothing is stored)')
    .argument('<files...>', 'raw copy files (UTF-8, UTF-16 with BOM or Windows-1256)')
    .option('--json', 'print JSON: {title, image, dateline, sections, publishedAt}; an array for several files')
    .option('--published-at <date>', 'publication time to use instead of the caption date (ISO 8601)')
    .option('--db <path>', 'accepted like every command; parse reads no database')
    .action(async (files: string[], options: { json?: boolean; publishedAt?: string }) => {
      const copies = await readCopyFiles(files, { publishedAt: checkDateOption('--published-at', options.publishedAt) });
      const articles: ParsedArticle[] = copies.map((copy) => copy.article);
      if (options.json) {
        process.stdout.write(`${JSON.stringify(articles.length === 1 ? articles[0] : articles, null, 2)}\n`);
        return;
      }
      process.stdout.write(
        copies.map((copy) => formatParsedArticle(copy.article, copies.length > 1 ? copy.filePath : undefined)).join('\n'),
      );
    });
}
