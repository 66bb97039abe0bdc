/**
 * Keeps the search index in step with the articles table: after a write (`syncSearchIndex`, inside
 * the writer's transaction), and whole, for databases that predate the index or an older analyzer.
 */
import type { Kysely } from 'kysely';
import { WrittenArticles } from '../articles/written-articles.ts';
import type { Database } from '../db/database.ts';
import { readMeta, writeMeta } from '../db/meta.repository.ts';
import { searchFields, toIndexableArticle } from './search-document.ts';
import type { SearchIndex } from './search-index.ts';
import { listPublishedArticlesAfter } from './search-index.repository.ts';
import { sqliteSearchIndex } from './sqlite-search-index.ts';

/**
 * The analyzer and index layout the stored index was built with. Bump it with any change to
 * src/arabic/{tokenize,stopwords,light-stem,analyze}.ts or to the index columns: the next
 * `ensureSearchIndexCurrent()` then rebuilds the index.
 */
export const SEARCH_INDEX_VERSION = '2026-11-28.1';
const VERSION_KEY = 'search_index_version';
const BATCH_SIZE = 500;

/**
 * Indexes the given articles if published, removes them from the index otherwise (drafts,
 * unpublished, deleted, and copies of another article: a search shows a story once, under its
 * first stored article). Call it inside the transaction that wrote them, after `recordDuplicates`.
 */
export async function syncSearchIndex(
  db: Kysely<Database>,
  ids: number[],
  index: SearchIndex = sqliteSearchIndex,
  written?: WrittenArticles,
): Promise<void> {
  if (ids.length === 0) return;
  const articles = written ?? (await WrittenArticles.read(db, ids));
  // Articles another step found it changed (a duplicate group merged) are read now.
  await articles.include(db, ids);
  const published = articles.pick([...new Set(ids)]).filter((article) => article.status === 'published' && article.duplicateOf === null);
  const publishedIds = new Set(published.map((article) => article.id));
  await index.remove(db, ids.filter((id) => !publishedIds.has(id)));
  await index.index(
    db,
    published.map((article) => ({
      id: article.id,
      title: article.title,
      // Read only without the fields (derived ahead by a bulk writer, its sections then never parsed).
      get body() {
        return articles.bodyText(article);
      },
      categoryId: article.categoryId,
      source: article.source,
      publishedAt: article.publishedAt,
      fields: articles.derived(article, searchFields),
    })),
  );
}

export interface RebuildOptions {
  index?: SearchIndex;
  onProgress?: (indexed: number) => void;
}

/** Re-indexes every published article in one transaction, so readers never see a half-built index. Returns how many. */
export async function rebuildSearchIndex(db: Kysely<Database>, options: RebuildOptions = {}): Promise<number> {
  const index = options.index ?? sqliteSearchIndex;
  return db.transaction().execute(async (trx) => {
    await index.clear(trx);
    let indexed = 0;
    for (let afterId = 0; ; ) {
      const rows = await listPublishedArticlesAfter(trx, afterId, BATCH_SIZE);
      if (rows.length === 0) break;
      await index.index(trx, rows.map(toIndexableArticle));
      indexed += rows.length;
      afterId = rows[rows.length - 1]?.id ?? afterId;
      options.onProgress?.(indexed);
    }
    await index.optimize(trx);
    await writeMeta(trx, VERSION_KEY, SEARCH_INDEX_VERSION);
    return indexed;
  });
}

/** Rebuilds the index when it was built by another analyzer version, or never; call once at startup. */
export async function ensureSearchIndexCurrent(db: Kysely<Database>, options: RebuildOptions = {}): Promise<{ rebuilt: boolean; indexed: number }> {
  if ((await readMeta(db, VERSION_KEY)) === SEARCH_INDEX_VERSION) return { rebuilt: false, indexed: 0 };
  return { rebuilt: true, indexed: await rebuildSearchIndex(db, options) };
}
