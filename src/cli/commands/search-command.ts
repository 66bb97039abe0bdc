/** `sahifa search "…"`: the site's search from the command line, as text or as the API's JSON. */
import type { Command } from 'commander';
import { findCategoryBySlug } from '../../articles/article.repository.ts';
import { searchArticles } from '../../search/search-articles.ts';
import { getTaggedEntity } from '../../tags/tags.service.ts';
import { presentSearchResult } from '../../api/present-search-result.ts';
import { CliError } from '../cli-error.ts';
import { checkPositiveIntegerOption } from '../options.ts';
import { withDatabase } from '../open-cli-database.ts';

interface SearchOptions {
  db?: string;
  json?: boolean;
  limit?: string;
  offset?: string;
  category?: string;
  source?: string;
  sort?: string;
  tag?: string;
}

/** Snippets are HTML for pages; the terminal shows the marked words between brackets. */
function snippetAsText(snippet: string): string {
  return snippet
    .replace(/<mark>/g, '[')
    .replace(/<\/mark>/g, ']')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

export function registerSearchCommand(program: Command): void {
  program
    .command('search')
    .description('search the published articles (Arabic-aware: clitics, hamza, harakat and plurals folded)')
    .argument('<query>', 'words, "quoted phrases", -excluded words')
    .option('--db <path>', 'database file (overrides SAHIFA_DB)')
    .option('--json', 'print JSON as GET /api/v1/search does: {total, results:[…]}')
    .option('--limit <n>', 'results to show', '10')
    .option('--offset <n>', 'results to skip')
    .option('--category <slug>', 'only this section')
    .option('--source <key>', 'only this source')
    .option('--sort <order>', 'relevance or date', 'relevance')
    .option('--tag <slug>', 'only articles with this entity tag (its slug, as in /tags/<slug>)')
    .action(async (query: string, options: SearchOptions) => {
      const limit = checkPositiveIntegerOption('--limit', options.limit, 100) ?? 10;
      const offset = options.offset === undefined ? 0 : (checkPositiveIntegerOption('--offset', options.offset, 100_000) ?? 0);
      if (options.sort !== 'relevance' && options.sort !== 'date') throw new CliError(`--sort: expected relevance or date, got "${options.sort}"`);
      const sort = options.sort;
      await withDatabase({ databasePath: options.db }, async ({ db }, config) => {
        const category = options.category === undefined ? undefined : await findCategoryBySlug(db, options.category);
        if (options.category !== undefined && !category) throw new CliError(`--category: no section "${options.category}"`);
        const tag = options.tag === undefined ? undefined : await getTaggedEntity(db, options.tag);
        if (options.tag !== undefined && !tag) throw new CliError(`--tag: no tag "${options.tag}"`);
        const result = await searchArticles(db, {
          text: query,
          limit,
          offset,
          sort,
          ...(category ? { categoryId: category.id } : {}),
          ...(options.source ? { source: options.source } : {}),
          ...(tag ? { entityId: tag.id } : {}),
        });
        const results = result.hits.map((hit) => presentSearchResult(hit, config.baseUrl));
        if (options.json) {
          process.stdout.write(`${JSON.stringify({ total: result.total, results }, null, 2)}\n`);
          return;
        }
        process.stdout.write(`${result.total} result${result.total === 1 ? '' : 's'}\n`);
        results.forEach((entry, index) => {
          process.stdout.write(`\n${offset + index + 1}. ${entry.title}\n   ${entry.url}\n   ${entry.publishedAt.slice(0, 10)}  score ${entry.score.toFixed(3)}\n   ${snippetAsText(entry.snippet)}\n`);
        });
      });
    });
}
