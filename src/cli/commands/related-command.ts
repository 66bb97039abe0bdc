/** `sahifa related ID`: an article's «اقرأ أيضاً» and «قصص قد تهمك»; `--refresh` computes the lists an import queued. */
import type { Command } from 'commander';
import { presentRelatedLink } from '../../api/present-article.ts';
import { getPublishedArticle } from '../../articles/article.service.ts';
import { countQueuedRelated, drainRelatedQueue, getRelatedStories } from '../../related/index.ts';
import { CliError } from '../cli-error.ts';
import { withDatabase } from '../open-cli-database.ts';

interface RelatedOptions {
  db?: string;
  json?: boolean;
  refresh?: boolean;
}

function parseArticleId(value: string): number {
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(Number(value)) || Number(value) < 1) {
    throw new CliError(`"${value}" is not an article id (a whole number from 1)`);
  }
  return Number(value);
}

export function registerRelatedCommand(program: Command): void {
  program
    .command('related')
    .description('list the related stories of an article: «اقرأ أيضاً» (2–3 links in the body) and «قصص قد تهمك» (6 after it)')
    .argument('[id]', 'the article id (as in /articles/ID/…)')
    .option('--db <path>', 'database file (overrides SAHIFA_DB)')
    .option('--json', 'print JSON: {readAlso: [{id, externalId, title, url}], related: [...]}')
    .option('--refresh', 'compute now every list a bulk import left queued (sahifa serve does it in the background)')
    .action(async (idText: string | undefined, options: RelatedOptions) => {
      if (idText === undefined && !options.refresh) throw new CliError('missing article id (or --refresh)');
      const id = idText === undefined ? undefined : parseArticleId(idText);
      await withDatabase({ databasePath: options.db }, async ({ db }, config) => {
        if (options.refresh) {
          const done = await drainRelatedQueue(db, {
            onProgress: (computed, remaining) => {
              if (process.stderr.isTTY) process.stderr.write(`\rrelated stories: ${computed} lists computed, ${remaining} left`);
            },
          });
          if (process.stderr.isTTY && done > 0) process.stderr.write('\n');
          process.stderr.write(`related stories: ${done} queued list${done === 1 ? '' : 's'} computed, ${await countQueuedRelated(db)} left\n`);
        }
        if (id === undefined) return;
        const article = await getPublishedArticle(db, id);
        if (!article) throw new CliError(`no published article with id ${id}`);
        const stories = await getRelatedStories(db, id);
        const readAlso = stories.readAlso.map((story) => presentRelatedLink(story, config.baseUrl));
        const related = stories.related.map((story) => presentRelatedLink(story, config.baseUrl));
        if (options.json) {
          process.stdout.write(`${JSON.stringify({ readAlso, related }, null, 2)}\n`);
          return;
        }
        const lines = (heading: string, links: typeof readAlso) => [
          heading,
          ...(links.length === 0 ? ['  (none)'] : links.map((link) => `  ${link.id}\t${link.externalId ?? '-'}\t${link.title}\n  \t${link.url}`)),
        ];
        process.stdout.write(`${[`${article.id}\t${article.title}`, ...lines('read also (اقرأ أيضاً):', readAlso), ...lines('related (قصص قد تهمك):', related)].join('\n')}\n`);
      });
    });
}
