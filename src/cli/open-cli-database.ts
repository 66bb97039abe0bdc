/** Loads the configuration (with `--db` winning over SAHIFA_DB) and opens the database for a command. */
import { ConfigError, loadConfig, type ConfigOverrides, type SahifaConfig } from '../config/config.ts';
import { DatabaseOpenError, openDatabase, type OpenedDatabase } from '../db/open-database.ts';
import { MigrationError } from '../db/migrate.ts';
import { ensureDefaultSections } from '../articles/manage-sections.ts';
import { ensureDuplicatesCurrent } from '../duplicates/ensure-duplicates-current.ts';
import { ensureSearchIndexCurrent, syncSearchIndex } from '../search/sync-search-index.ts';
import { ensureEntityTagsCurrent } from '../tags/ensure-entity-tags-current.ts';
import { countQueuedRelated, drainRelatedQueue, ensureRelatedCurrent } from '../related/index.ts';
import { CliError } from './cli-error.ts';

export function loadCliConfig(overrides: ConfigOverrides): SahifaConfig {
  try {
    return loadConfig(process.env, overrides);
  } catch (error) {
    if (error instanceof ConfigError) throw new CliError(`invalid configuration: ${error.message}`);
    throw error;
  }
}

/** How long opening a database may spend computing related-stories lists a rebuild queued. */
const RELATED_DRAIN_AT_OPEN_MS = 5_000;

export async function openCliDatabase(config: SahifaConfig): Promise<OpenedDatabase> {
  try {
    const opened = await openDatabase(config.databasePath);
    // A new site starts with the default sections, which editors then keep (`sahifa sections`).
    await ensureDefaultSections(opened.db);
    // A database from before duplicate detection, or signed by an older version of it, is signed anew once.
    const duplicates = await ensureDuplicatesCurrent(opened.db, { onChanged: (trx, ids) => syncSearchIndex(trx, ids) });
    if (duplicates.rebuilt && duplicates.articles > 0) {
      process.stderr.write(`duplicate signatures rebuilt: ${duplicates.articles} articles\n`);
    }
    // A database from before the search index, or indexed by an older analyzer, is indexed anew once.
    const { rebuilt, indexed } = await ensureSearchIndexCurrent(opened.db);
    if (rebuilt && indexed > 0) process.stderr.write(`search index rebuilt: ${indexed} articles\n`);
    // Likewise for entity tags: older databases, a newer extractor, or an import that deferred them.
    const tags = await ensureEntityTagsCurrent(opened.db);
    if (tags.retagged && tags.tagged > 0) process.stderr.write(`entity tags rebuilt: ${tags.tagged} articles\n`);
    // Likewise the related stories; their lists are computed here for a few seconds at most, the rest
    // by `sahifa serve` in the background (a queued article's list is computed when it is read).
    const related = await ensureRelatedCurrent(opened.db);
    if (related.requeued && (related.indexed > 0 || (!related.rebuilt && (await countQueuedRelated(opened.db)) > 0))) {
      await drainRelatedQueue(opened.db, { budgetMs: RELATED_DRAIN_AT_OPEN_MS });
      const queued = await countQueuedRelated(opened.db);
      const what = related.rebuilt ? `related stories indexed: ${related.indexed} articles` : 'related stories ranked again with new weights';
      process.stderr.write(`${what}${queued > 0 ? `, ${queued} lists left for the background` : ''}\n`);
    }
    return opened;
  } catch (error) {
    if (error instanceof DatabaseOpenError || error instanceof MigrationError) throw new CliError(error.message);
    throw error;
  }
}

/** Runs a command's work with an open database, closing it whatever happens. */
export async function withDatabase<T>(overrides: ConfigOverrides, work: (opened: OpenedDatabase, config: SahifaConfig) => Promise<T>): Promise<T> {
  const config = loadCliConfig(overrides);
  const opened = await openCliDatabase(config);
  try {
    return await work(opened, config);
  } finally {
    await opened.close();
  }
}
