/**
 * Every SQL statement on stored near-duplicate data: article bodies read for signatures, signatures and
 * their LSH band keys, `articles.duplicate_of`, and the groups. Lists of ids and keys travel as one JSON
 * parameter read by `json_each`, so that a batch of a thousand articles is a handful of statements.
 */
import { sql, type Kysely } from 'kysely';
import type { ArticleSection } from '../articles/article.ts';
import type { Database } from '../db/database.ts';

type Queryable = Kysely<Database>;

export interface ArticleBody {
  id: number;
  externalId: string | null;
  title: string;
  /** The paragraphs (subheadings included), one a line; the headline is left out, since republications rewrite it. */
  body: string;
}

const PAGE_SIZE = 2000;

function bodyText(sections: ArticleSection[]): string {
  return sections.flatMap((section) => (section.heading === null ? section.paragraphs : [section.heading, ...section.paragraphs])).join('\n');
}

const jsonList = (values: readonly unknown[]) => JSON.stringify(values);

/** All articles in id order, a page at a time so that a large database is never held in memory at once. */
export async function* listArticleBodies(db: Queryable): AsyncGenerator<ArticleBody> {
  let afterId = 0;
  for (;;) {
    const rows = await db
      .selectFrom('articles')
      .select(['id', 'external_id', 'title', 'sections'])
      .where('id', '>', afterId)
      .orderBy('id')
      .limit(PAGE_SIZE)
      .execute();
    for (const row of rows) {
      yield { id: row.id, externalId: row.external_id, title: row.title, body: bodyText(JSON.parse(row.sections) as ArticleSection[]) };
    }
    if (rows.length < PAGE_SIZE) return;
    afterId = rows[rows.length - 1]?.id ?? afterId;
  }
}

/** The stored signatures of these articles (those that have one). */
export async function findStoredSignatures(db: Queryable, ids: readonly number[]): Promise<{ articleId: number; signature: Buffer }[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('article_signatures')
    .select(['article_id', 'signature'])
    .where('article_id', 'in', sql<number>`(SELECT value FROM json_each(${jsonList(ids)}))`)
    .execute();
  return rows.map((row) => ({ articleId: row.article_id, signature: row.signature }));
}

/** Deletes these articles' signatures and their band rows, found by the band keys of each signature. */
export async function deleteSignatures(db: Queryable, signed: readonly { articleId: number; bandKeys: readonly number[] }[]): Promise<void> {
  if (signed.length === 0) return;
  const bands = signed.flatMap((row) => row.bandKeys.map((key) => [key, row.articleId] as const));
  if (bands.length > 0) {
    await sql`DELETE FROM article_signature_bands WHERE (band_key, article_id) IN (SELECT value ->> 0, value ->> 1 FROM json_each(${jsonList(bands)}))`.execute(db);
  }
  await db
    .deleteFrom('article_signatures')
    .where('article_id', 'in', sql<number>`(SELECT value FROM json_each(${jsonList(signed.map((row) => row.articleId))}))`)
    .execute();
}

/** The articles filed under any of these band keys: `[bandKey, articleId]` pairs. */
export async function findArticlesByBandKeys(db: Queryable, keys: readonly number[]): Promise<{ bandKey: number; articleId: number }[]> {
  if (keys.length === 0) return [];
  const rows = await db
    .selectFrom('article_signature_bands')
    .select(['band_key', 'article_id'])
    // SQLite reads the list into a sorted index of its own before the lookups: it needs no order here.
    .where('band_key', 'in', sql<number>`(SELECT value FROM json_each(${jsonList([...new Set(keys)])}))`)
    .execute();
  return rows.map((row) => ({ bandKey: row.band_key, articleId: row.article_id }));
}

export interface StoredSignature {
  articleId: number;
  signature: Buffer;
  duplicateOf: number | null;
}

export async function findSignatures(db: Queryable, ids: readonly number[]): Promise<StoredSignature[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('article_signatures')
    .innerJoin('articles', 'articles.id', 'article_signatures.article_id')
    .select(['article_signatures.article_id', 'article_signatures.signature', 'articles.duplicate_of'])
    .where('article_signatures.article_id', 'in', sql<number>`(SELECT value FROM json_each(${jsonList(ids)}))`)
    .execute();
  return rows.map((row) => ({ articleId: row.article_id, signature: row.signature, duplicateOf: row.duplicate_of }));
}

// Two parameters a row: well under SQLite's 32,766 bound parameters.
const SIGNATURES_PER_INSERT = 5000;

export async function insertSignatures(db: Queryable, rows: readonly { articleId: number; signature: Buffer; bandKeys: readonly number[] }[]): Promise<void> {
  for (let start = 0; start < rows.length; start += SIGNATURES_PER_INSERT) {
    const slice = rows.slice(start, start + SIGNATURES_PER_INSERT);
    await db
      .insertInto('article_signatures')
      .values(slice.map((row) => ({ article_id: row.articleId, signature: row.signature })))
      .execute();
  }
  const bands = rows.flatMap((row) => row.bandKeys.map((key) => [key, row.articleId] as const));
  if (bands.length === 0) return;
  // A band shared by two copies of one text is one key; the key is the band's whole identity. In key
  // order, so that SQLite inserts into each page of the band index once (a batch's keys are random):
  // sorted by SQLite, several times faster than a sort with a comparator here.
  await sql`
    INSERT OR IGNORE INTO article_signature_bands (band_key, article_id)
    SELECT value ->> 0, value ->> 1 FROM json_each(${jsonList(bands)}) ORDER BY 1, 2
  `.execute(db);
}

/** Files these articles as copies of `original`, or as originals when it is null. */
export async function setDuplicateOf(db: Queryable, ids: readonly number[], original: number | null): Promise<void> {
  if (ids.length === 0) return;
  await db
    .updateTable('articles')
    .set({ duplicate_of: original })
    .where('id', 'in', sql<number>`(SELECT value FROM json_each(${jsonList(ids)}))`)
    .where((eb) => (original === null ? eb('duplicate_of', 'is not', null) : eb.or([eb('duplicate_of', 'is', null), eb('duplicate_of', '!=', original)])))
    .execute();
}

/** Moves a whole group (its first article and its copies) under another first article; returns the ids moved. */
export async function moveGroup(db: Queryable, from: number, to: number): Promise<number[]> {
  const rows = await db
    .updateTable('articles')
    .set({ duplicate_of: to })
    .where((eb) => eb.or([eb('id', '=', from), eb('duplicate_of', '=', from)]))
    .returning('id')
    .execute();
  return rows.map((row) => row.id);
}

export async function clearDuplicateData(db: Queryable): Promise<number[]> {
  await db.deleteFrom('article_signature_bands').execute();
  await db.deleteFrom('article_signatures').execute();
  const rows = await db.updateTable('articles').set({ duplicate_of: null }).where('duplicate_of', 'is not', null).returning('id').execute();
  return rows.map((row) => row.id);
}

export async function listArticleIdsAfter(db: Queryable, afterId: number, limit: number): Promise<number[]> {
  const rows = await db.selectFrom('articles').select('id').where('id', '>', afterId).orderBy('id').limit(limit).execute();
  return rows.map((row) => row.id);
}

export async function countUnsignedArticles(db: Queryable): Promise<number> {
  const row = await db
    .selectFrom('articles')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('article_signatures').select('article_id').whereRef('article_signatures.article_id', '=', 'articles.id'))))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function listDuplicateIds(db: Queryable): Promise<number[]> {
  const rows = await db.selectFrom('articles').select('id').where('duplicate_of', 'is not', null).execute();
  return rows.map((row) => row.id);
}

export interface DuplicateGroupMember {
  id: number;
  externalId: string | null;
  title: string;
  /** The group's first article. */
  original: number;
}

/** Every group of two or more articles, members in id order, groups in the order of their first article. */
export async function listDuplicateGroupMembers(db: Queryable): Promise<DuplicateGroupMember[]> {
  const rows = await db
    .selectFrom('articles')
    .select(['id', 'external_id', 'title', sql<number>`coalesce(duplicate_of, id)`.as('original')])
    .where((eb) =>
      eb.or([
        eb('duplicate_of', 'is not', null),
        eb('id', 'in', eb.selectFrom('articles as copies').select('copies.duplicate_of').where('copies.duplicate_of', 'is not', null).$castTo<number>()),
      ]),
    )
    .orderBy('original')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({ id: row.id, externalId: row.external_id, title: row.title, original: row.original }));
}

/**
 * The ids of an article's duplicate group in id order (the first stored one first), the article itself
 * included: `[id]` for an article without copies, `[]` for an unknown id.
 */
export async function findDuplicateGroupIds(db: Queryable, id: number): Promise<number[]> {
  const article = await db.selectFrom('articles').select(['id', 'duplicate_of']).where('id', '=', id).executeTakeFirst();
  if (!article) return [];
  const original = article.duplicate_of ?? article.id;
  const rows = await db
    .selectFrom('articles')
    .select('id')
    .where((eb) => eb.or([eb('id', '=', original), eb('duplicate_of', '=', original)]))
    .orderBy('id')
    .execute();
  return rows.map((row) => row.id);
}
