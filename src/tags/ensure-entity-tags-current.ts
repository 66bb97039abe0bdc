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
import { deleteAllArticleEntities, deleteAllEntityNames, listPublishedArticleIdsAfter } from './entity.repository.ts';
import { syncArticleEntities, type EntityTagSession } from './sync-article-entities.ts';

/**
 * The extraction the stored tags were made with. Bump it with any change to src/entities that changes
 * what it finds (lists, rules, the tagger's model) or to how tags are made from it: the next start
 * then tags every article again.
 */
export const ENTITY_TAGS_VERSION = '2026-11-28.2';
const VERSION_KEY = 'entity_tags_version';
const BATCH_SIZE = 500;

export interface RetagOptions {
  onProgress?: (tagged: number) => void;
}

/** Re-tags every published article in one transaction, so readers never see half the tags. Returns how many. */
export async function retagAllArticles(db: Kysely<Database>, options: RetagOptions = {}): Promise<number> {
  return db.transaction().execute(async (trx) => {
    await deleteAllArticleEntities(trx);
    await deleteAllEntityNames(trx);
    const session: EntityTagSession = { memory: emptyNameMemory() };
    let tagged = 0;
    for (let afterId = 0; ; ) {
      const ids = await listPublishedArticleIdsAfter(trx, afterId, BATCH_SIZE);
      if (ids.length === 0) break;
      await syncArticleEntities(trx, ids, session);
      tagged += ids.length;
      afterId = ids[ids.length - 1]!;
      options.onProgress?.(tagged);
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
