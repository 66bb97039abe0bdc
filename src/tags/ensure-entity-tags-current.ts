/**
 * Tags every published article anew when the stored tags were made by another extractor version, or
 * never (a database from before entity tags, or whose import deferred them); call once at startup,
 * as ensureSearchIndexCurrent is. The name memory is relearned from the articles in the order they
 * were stored, as if they had been written one batch after another.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { readMeta, writeMeta } from '../db/meta.repository.ts';
import { emptyNameMemory } from '../entities/index.ts';
import { bumpContentVersion } from '../publishing/content-version.ts';
import { countPublishedArticleIds, deleteAllArticleEntities, deleteAllEntityNames, listTaggableArticlesAfter, type TaggableArticleRow } from './entity.repository.ts';
import { defaultExtractionWorkers } from './extraction-pool.ts';
import { deleteAllNameSightings } from './name-sightings.repository.ts';
import { syncArticleEntities, textOfRow } from './sync-article-entities.ts';
import { TagPipeline, type PrefetchedBatch } from './tag-pipeline.ts';

/**
 * The extraction the stored tags were made with. Bump it with any change to src/entities that changes
 * what it finds (lists, rules, the tagger's model) or to how tags are made from it: the next start
 * then tags every article again.
 */
export const ENTITY_TAGS_VERSION = '2026-11-28.9';
const VERSION_KEY = 'entity_tags_version';
const BATCH_SIZE = 500;

export interface RetagOptions {
  onProgress?: (tagged: number) => void;
  /** Extraction threads; by default one per spare core when there are 2,000 articles or more. */
  extractionWorkers?: number;
}

const POOL_MIN_ARTICLES = 2_000;

/** Re-tags every published article in one transaction, so readers never see half the tags. Returns how many. */
export async function retagAllArticles(db: Kysely<Database>, options: RetagOptions = {}): Promise<number> {
  return db.transaction().execute(async (trx) => {
    await deleteAllArticleEntities(trx);
    await deleteAllEntityNames(trx);
    await deleteAllNameSightings(trx);
    const workers = options.extractionWorkers ?? ((await countPublishedArticleIds(trx)) >= POOL_MIN_ARTICLES ? defaultExtractionWorkers() : 0);
    const pipeline = await TagPipeline.start(trx, workers, emptyNameMemory());
    // One batch read and sent ahead: it is extracted while the one before is written.
    const readAfter = async (afterId: number): Promise<{ rows: TaggableArticleRow[]; tags: PrefetchedBatch } | undefined> => {
      const rows = await listTaggableArticlesAfter(trx, afterId, BATCH_SIZE);
      if (rows.length === 0) return undefined;
      return { rows, tags: pipeline.prefetch(rows.map((row) => ({ text: textOfRow(row), publishedAt: row.published_at }))) };
    };
    let tagged = 0;
    try {
      for (let current = await readAfter(0); current; ) {
        const next = await readAfter(current.rows.at(-1)!.id);
        const session = await pipeline.session(current.tags);
        await syncArticleEntities(trx, current.rows.map((row) => row.id), session);
        pipeline.written(current.tags, session);
        tagged += current.rows.length;
        options.onProgress?.(tagged);
        current = next;
      }
    } finally {
      await pipeline.close();
    }
    await writeMeta(trx, VERSION_KEY, ENTITY_TAGS_VERSION);
    if (tagged > 0) await bumpContentVersion(trx);
    return tagged;
  });
}

export async function ensureEntityTagsCurrent(db: Kysely<Database>, options: RetagOptions = {}): Promise<{ retagged: boolean; tagged: number }> {
  if ((await readMeta(db, VERSION_KEY)) === ENTITY_TAGS_VERSION) return { retagged: false, tagged: 0 };
  return { retagged: true, tagged: await retagAllArticles(db, options) };
}

/** For a bulk writer that leaves tagging to the next start: the stored tags no longer count as current. */
export async function markEntityTagsStale(db: Kysely<Database>): Promise<void> {
  await db.deleteFrom('meta').where('key', '=', VERSION_KEY).execute();
}
