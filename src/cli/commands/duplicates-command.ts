/** `sahifa duplicates`: groups of articles in the database that are copies of one story (identical or lightly edited). */
import type { Command } from 'commander';
import { DuplicateIndex } from '../../duplicates/duplicate-index.ts';
import { listArticleBodies, type ArticleBody } from '../../duplicates/duplicates.repository.ts';
import { withDatabase } from '../open-cli-database.ts';

interface DuplicatesOptions {
  db?: string;
  json?: boolean;
}

export function registerDuplicatesCommand(program: Command): void {
  program
    .command('duplicates')
    .description('list groups of duplicate articles in the database: the same story republished, identical or with edits')
    .option('--db <path>', 'database file (overrides SAHIFA_DB)')
    .option('--json', 'print JSON: {groups: [{ids, externalIds}]}')
    .action(async (options: DuplicatesOptions) => {
      const index = new DuplicateIndex();
      const articles = new Map<number, Omit<ArticleBody, 'body'>>();
      await withDatabase({ databasePath: options.db }, async ({ db }) => {
        for await (const article of listArticleBodies(db)) {
          index.add(article.id, article.body);
          articles.set(article.id, { id: article.id, externalId: article.externalId, title: article.title });
        }
      });
      const groups = index.groups().map((ids) => ids.map((id) => articles.get(id as number) as Omit<ArticleBody, 'body'>));
      if (options.json) {
        const json = { groups: groups.map((group) => ({ ids: group.map((article) => article.id), externalIds: group.map((article) => article.externalId) })) };
        process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
        return;
      }
      for (const group of groups) {
        process.stdout.write(`${group.map((article) => `${article.id}\t${article.externalId ?? '-'}\t${article.title}`).join('\n')}\n\n`);
      }
      const copies = groups.reduce((sum, group) => sum + group.length - 1, 0);
      process.stderr.write(`${groups.length} group${groups.length === 1 ? '' : 's'} of duplicates (${copies} extra cop${copies === 1 ? 'y' : 'ies'}) among ${articles.size} articles\n`);
    });
}
