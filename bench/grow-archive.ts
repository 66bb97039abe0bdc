/**
 * Growing a benchmark's archive: copies of the stored articles under new ids (and external ids marked
 * `#copy`), so that a database of all ANT reaches 100,000 articles without importing anything again.
 */
import type { OpenedDatabase } from '../src/db/open-database.ts';

/** Inserts copy number `copy` of the articles up to `lastOriginalId`, at most `limit` of them. */
export function insertArticleCopies(sqlite: OpenedDatabase['sqlite'], copy: number, lastOriginalId: number, limit: number): void {
  sqlite
    .prepare(
      `INSERT INTO articles (external_id, title, slug, category_id, source, source_url, sections, status, published_at, created_at, updated_at)
       SELECT external_id || '#' || ?, title, slug, category_id, source, source_url, sections, status, published_at, created_at, updated_at
       FROM articles WHERE id <= ? ORDER BY id LIMIT ?`,
    )
    .run(copy, lastOriginalId, limit);
}
