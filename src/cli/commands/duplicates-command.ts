/** `sahifa duplicates`: the groups of articles that are copies of one story (identical or lightly edited), as stored. */
import type { Command } from 'commander';
import { listDuplicateGroupMembers, type DuplicateGroupMember } from '../../duplicates/duplicates.repository.ts';
import { countArticles } from '../../articles/article.repository.ts';
import { withDatabase } from '../open-cli-database.ts';

interface DuplicatesOptions {
  db?: string;
  json?: boolean;
}

function groupMembers(members: DuplicateGroupMember[]): DuplicateGroupMember[][] {
  const groups = new Map<number, DuplicateGroupMember[]>();
  for (const member of members) {
    const group = groups.get(member.original);
    if (group) group.push(member);
    else groups.set(member.original, [member]);
  }
  return [...groups.values()];
}

export function registerDuplicatesCommand(program: Command): void {
  program
    .command('duplicates')
    .description('list groups of duplicate articles in the database: the same story republished, identical or with edits (the first stored first)')
    .option('--db <path>', 'database file (overrides SAHIFA_DB)')
    .option('--json', 'print JSON: {groups: [{ids, externalIds}]}')
    .action(async (options: DuplicatesOptions) => {
      const { groups, total } = await withDatabase({ databasePath: options.db }, async ({ db }) => ({
        groups: groupMembers(await listDuplicateGroupMembers(db)),
        total: await countArticles(db),
      }));
      if (options.json) {
        const json = { groups: groups.map((group) => ({ ids: group.map((article) => article.id), externalIds: group.map((article) => article.externalId) })) };
        process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
        return;
      }
      for (const group of groups) {
        process.stdout.write(`${group.map((article) => `${article.id}\t${article.externalId ?? '-'}\t${article.title}`).join('\n')}\n\n`);
      }
      const copies = groups.reduce((sum, group) => sum + group.length - 1, 0);
      process.stderr.write(`${groups.length} group${groups.length === 1 ? '' : 's'} of duplicates (${copies} extra cop${copies === 1 ? 'y' : 'ies'}) among ${total} articles\n`);
    });
}
