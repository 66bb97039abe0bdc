/** `sahifa sections list|add|rename|reorder`: the site's sections (its category taxonomy), as editors keep them. */
import type { Command } from 'commander';
import { listCategoriesWithCounts } from '../../articles/article.repository.ts';
import { addSection, renameSection, reorderSections, SectionError } from '../../articles/manage-sections.ts';
import type { Queryable } from '../../articles/article.repository.ts';
import { CliError } from '../cli-error.ts';
import { withDatabase } from '../open-cli-database.ts';

interface SectionsOptions {
  db?: string;
  json?: boolean;
}

async function printSections(db: Queryable, json: boolean | undefined): Promise<void> {
  const sections = await listCategoriesWithCounts(db);
  if (json) {
    const rows = sections.map((section, index) => ({ position: index + 1, slug: section.slug, name: section.name, articles: section.articles, autoFiled: section.autoFiled }));
    process.stdout.write(`${JSON.stringify({ sections: rows }, null, 2)}\n`);
    return;
  }
  for (const [index, section] of sections.entries()) {
    const auto = section.autoFiled > 0 ? ` (${section.autoFiled} filed by the classifier)` : '';
    process.stdout.write(`${index + 1}\t${section.slug}\t${section.name}\t${section.articles} articles${auto}\n`);
  }
}

/** Runs an editor's change and prints the sections as they now are. */
function change<Args extends unknown[]>(work: (db: Queryable, args: Args, options: Record<string, string | undefined>) => Promise<unknown>) {
  return async (...args: unknown[]) => {
    const command = args[args.length - 1] as Command;
    const options = command.optsWithGlobals() as SectionsOptions;
    await withDatabase({ databasePath: options.db }, async ({ db }) => {
      try {
        await work(db, args.slice(0, -2) as Args, command.opts());
      } catch (error) {
        if (error instanceof SectionError) throw new CliError(error.message);
        throw error;
      }
      await printSections(db, options.json);
    });
  };
}

export function registerSectionsCommand(program: Command): void {
  const sections = program
    .command('sections')
    .description("list and edit the site's sections (slug: the permanent URL name; name: the Arabic title readers see)")
    .option('--db <path>', 'database file (overrides SAHIFA_DB)')
    .option('--json', 'print JSON: {sections: [{position, slug, name, articles, autoFiled}]}');
  sections
    .command('list', { isDefault: true })
    .description('the sections in order, with their article counts')
    .action(change(async () => undefined));
  sections
    .command('add')
    .description('add a section (last, or after another with --after)')
    .argument('<slug>', 'lowercase Latin letters, digits and hyphens, e.g. health')
    .argument('<name...>', 'the Arabic name, e.g. صحة (words may be given unquoted)')
    .option('--after <slug>', 'place it right after this section')
    .action(
      change<[string, string[]]>(async (db, [slug, name], { after }) => addSection(db, slug, name.join(' '), after === undefined ? {} : { after })),
    );
  sections
    .command('rename')
    .description("change a section's Arabic name (its slug, and so its URL, stays)")
    .argument('<slug>')
    .argument('<name...>')
    .action(change<[string, string[]]>(async (db, [slug, name]) => renameSection(db, slug, name.join(' '))));
  sections
    .command('reorder')
    .description('put these sections first, in this order (the others follow in their current order)')
    .argument('<slugs...>')
    .action(change<[string[]]>(async (db, [slugs]) => reorderSections(db, slugs)));
  for (const command of sections.commands) command.exitOverride();
  sections.exitOverride();
}
