/**
 * `sahifa entities FILE…`: the people, places, organizations, dates and amounts of raw copies. Offsets
 * index each file's decoded text (BOM removed), so `text.slice(start, end)` gives the mention back.
 */
import fs from 'node:fs';
import type { Command } from 'commander';
import { articleText } from '../../entities/article-text.ts';
import type { Entity } from '../../entities/entity.ts';
import { extractEntitiesDetailed } from '../../entities/extract-entities.ts';
import { emptyNameMemory, mergeNameMemories, NameMemoryError, parseNameMemory, rememberNames, serializeNameMemory, type NameMemory } from '../../entities/index.ts';
import { loadNameMemory } from '../../tags/name-memory-store.ts';
import { CliError } from '../cli-error.ts';
import { checkDateOption } from '../options.ts';
import { readCopyFiles } from '../read-copies.ts';
import { withDatabase } from '../open-cli-database.ts';

interface EntitiesOptions {
  json?: boolean;
  publishedAt?: string;
  names?: string;
  db?: string;
}

/** The site's name memory, read only: these files teach it nothing (they are not stored). */
async function readDatabaseNames(databasePath: string): Promise<NameMemory> {
  if (databasePath !== ':memory:' && !fs.existsSync(databasePath)) throw new CliError(`--db: no database at ${databasePath}`);
  return withDatabase({ databasePath }, async ({ db }) => loadNameMemory(db));
}

function readNameMemory(file: string | undefined): NameMemory {
  if (file === undefined || !fs.existsSync(file)) return emptyNameMemory();
  try {
    return parseNameMemory(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    if (error instanceof NameMemoryError) throw new CliError(`${file}: ${error.message}`);
    throw error;
  }
}

function formatEntities(entities: Entity[], heading: string | undefined): string {
  const lines = entities.map((entity) => {
    const canonical = entity.canonical === entity.text ? '' : ` → ${entity.canonical}`;
    return `${entity.type.padEnd(8)} ${entity.text}${canonical}  [${entity.start}–${entity.end}]`;
  });
  return [...(heading === undefined ? [] : [`== ${heading}`]), ...(lines.length === 0 ? ['(no entities)'] : lines), ''].join('\n');
}

export function registerEntitiesCommand(program: Command): void {
  program
    .command('entities')
    .description('list the people, places, organizations, dates and amounts in raw article copy')
    .argument('<files...>', 'raw copy files or directories (as parse reads them)')
    .option('--json', 'print JSON: {entities: [{type, text, canonical, start, end}]}; an array of {file, entities} for several files')
    .option('--published-at <date>', 'publication time for relative dates (ISO 8601); default: the date the copy gives')
    .option('--names <file>', 'name memory (JSON) to use and update with the names these articles teach')
    .option('--db <path>', "also know the names the site's database has learned (read only; overrides SAHIFA_DB)")
    .action(async (files: string[], options: EntitiesOptions) => {
      const publishedAt = checkDateOption('--published-at', options.publishedAt);
      const copies = await readCopyFiles(files, { publishedAt });
      const articles = copies.map((copy) => ({
        file: copy.filePath,
        text: articleText(copy.text, copy.article),
        publishedAt: copy.article.publishedAt,
      }));
      const siteNames = options.db === undefined ? undefined : await readDatabaseNames(options.db);
      const withSiteNames = (memory: NameMemory) => (siteNames === undefined ? memory : mergeNameMemories(siteNames, memory));
      // Two passes: a name one article introduces with a cue is known in all the others.
      let memory = readNameMemory(options.names);
      for (const article of articles) {
        const { learned } = extractEntitiesDetailed(article.text, { publishedAt: article.publishedAt, knownNames: withSiteNames(memory) });
        memory = rememberNames(memory, learned, article.publishedAt?.slice(0, 10) ?? null);
      }
      const knownNames = withSiteNames(memory);
      const results = articles.map((article) => ({
        file: article.file,
        entities: extractEntitiesDetailed(article.text, { publishedAt: article.publishedAt, knownNames }).entities,
      }));
      if (options.names !== undefined) fs.writeFileSync(options.names, `${serializeNameMemory(memory)}\n`);
      if (options.json) {
        const output = results.length === 1 ? { entities: results[0]!.entities } : results;
        process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
        return;
      }
      process.stdout.write(results.map((result) => formatEntities(result.entities, results.length > 1 ? result.file : undefined)).join('\n'));
    });
}
