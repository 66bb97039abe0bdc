/**
 * Every SQL statement that reads articles as lists show them: every column but the body, and the
 * opening paragraph stored beside it (`first_paragraph`), so that a list of twenty articles neither
 * carries twenty bodies into JavaScript nor picks paragraphs out of their JSON on every request.
 */
import { sql } from 'kysely';
import { ARTICLE_FIELDS, firstOfItsStory, publishedByIdsOnly, type ArticleFilter, type ArticleWithCategoryRow, type PageRequest, type Queryable } from './article.repository.ts';
import type { ArticleRow } from './article.table.ts';

export type ArticleTeaserRow = Omit<ArticleWithCategoryRow, 'sections'> & Pick<ArticleRow, 'first_paragraph'>;

/** For lists of headlines only (section blocks, most read, related stories): the lede is not read at all. */
const noParagraph = sql<string | null>`NULL`;

/**
 * Kysely's builders are immutable, so the select list (thirty columns to parse, the costliest part of
 * building these statements) is built once per database handle and each statement adds its own `where`.
 */
const builtSelects = new WeakMap<Queryable, { withLede: TeaserSelect; withoutLede: TeaserSelect }>();
type TeaserSelect = ReturnType<typeof buildTeaserSelect>;

function selectTeasers(db: Queryable, withLede = true): TeaserSelect {
  let built = builtSelects.get(db);
  if (built === undefined) {
    built = { withLede: buildTeaserSelect(db, true), withoutLede: buildTeaserSelect(db, false) };
    builtSelects.set(db, built);
  }
  return withLede ? built.withLede : built.withoutLede;
}

function buildTeaserSelect(db: Queryable, withLede: boolean) {
  return db
    .selectFrom('articles')
    .leftJoin('categories', 'categories.id', 'articles.category_id')
    .leftJoin('categories as suggested', 'suggested.id', 'articles.suggested_category_id')
    .select([
      ...ARTICLE_FIELDS,
      withLede ? 'articles.first_paragraph' : noParagraph.as('first_paragraph'),
    ]);
}

/**
 * The published articles with these ids, in no particular order; `withLede: false` for lists that show
 * headlines only (their `first_paragraph` is null: a third of the statement's time saved).
 */
export async function findPublishedTeasersByIds(db: Queryable, ids: readonly number[], options: { withLede: boolean } = { withLede: true }): Promise<ArticleTeaserRow[]> {
  if (ids.length === 0) return [];
  return selectTeasers(db, options.withLede).where('articles.id', 'in', ids).where(publishedByIdsOnly).execute();
}

/** A page of the newest published stories (each story once, see `firstOfItsStory`), as `listPublishedArticles`. */
export async function listPublishedTeasers(db: Queryable, page: PageRequest, filter: ArticleFilter = {}): Promise<ArticleTeaserRow[]> {
  let query = selectTeasers(db).where('articles.status', '=', 'published').where(firstOfItsStory(filter));
  if (filter.categoryId !== undefined) query = query.where('articles.category_id', '=', filter.categoryId);
  if (filter.source !== undefined) query = query.where('articles.source', '=', filter.source);
  return query.orderBy('articles.published_at', 'desc').orderBy('articles.id', 'desc').limit(page.limit).offset(page.offset).execute();
}

export interface SectionCandidateRow {
  id: number;
  category_id: number;
  duplicate_of: number | null;
  published_at: string;
}

/**
 * The newest `perSection` stories of each of these sections (one depth for all, or one per section), newest first within a section, in one
 * statement: one indexed `LIMIT` per section joined by `UNION ALL` (a window over all articles would
 * read every published article to keep a few). Rows come grouped by section, newest first.
 */
export async function listNewestIdsBySection(db: Queryable, categoryIds: readonly number[], perSection: number | readonly number[]): Promise<SectionCandidateRow[]> {
  if (categoryIds.length === 0) return [];
  const newestOf = (categoryId: number, index: number) => sql`SELECT * FROM (SELECT articles.id, articles.category_id, articles.duplicate_of, articles.published_at FROM articles
    WHERE articles.status = 'published' AND articles.category_id = ${categoryId} AND ${firstOfItsStory({ categoryId })}
    ORDER BY articles.published_at DESC, articles.id DESC LIMIT ${typeof perSection === 'number' ? perSection : (perSection[index] ?? 0)})`;
  const { rows } = await sql<SectionCandidateRow>`${sql.join(categoryIds.map(newestOf), sql` UNION ALL `)}`.execute(db);
  // UNION ALL promises no order: restore the sections' order and each one's newest-first order.
  const position = new Map(categoryIds.map((id, index) => [id, index]));
  return rows.sort(
    (a, b) =>
      (position.get(a.category_id) ?? 0) - (position.get(b.category_id) ?? 0) ||
      (a.published_at < b.published_at ? 1 : a.published_at > b.published_at ? -1 : b.id - a.id),
  );
}
