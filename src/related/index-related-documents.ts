/**
 * Keeps the term statistics of related stories in step with the articles: each published article's
 * terms counted into the document frequencies, its strongest terms stored as its vector and in the
 * term index; an article no longer published taken out.
 */
import type { Queryable } from '../articles/article.repository.ts';
import type { ArticleSection } from '../articles/article.ts';
import { WrittenArticles } from '../articles/written-articles.ts';
import { readMeta, writeMeta } from '../db/meta.repository.ts';
import { articleBodyText } from '../search/search-document.ts';
import {
  addTermDocumentFrequencies,
  deleteRelatedDocuments,
  deleteTermPostings,
  findRelatedDocuments,
  findTermDocumentFrequencies,
  insertTermPostings,
  upsertRelatedDocuments,
  type RelatedDocumentRow,
  type RelatedSourceRow,
  type TermPosting,
} from './related.repository.ts';
import { buildTermVector, countAnalyzedTerms, countTerms, termsToLookUp, type TermCounts, type WeightedTerm } from './term-vector.ts';

const DOCUMENT_COUNT_KEY = 'related_document_count';

export async function readDocumentCount(db: Queryable): Promise<number> {
  return Number((await readMeta(db, DOCUMENT_COUNT_KEY)) ?? '0');
}

export async function writeDocumentCount(db: Queryable, count: number): Promise<void> {
  await writeMeta(db, DOCUMENT_COUNT_KEY, String(Math.max(0, count)));
}

export function countSourceTerms(source: Pick<RelatedSourceRow, 'title' | 'sections'>): TermCounts {
  return countTerms(source.title, articleBodyText(JSON.parse(source.sections) as ArticleSection[]));
}

export function parseVector(terms: string): WeightedTerm[] {
  return JSON.parse(terms) as WeightedTerm[];
}

/** Vectors of counted articles against the stored document frequencies (which already count them). */
export async function vectorsFor(db: Queryable, counted: TermCounts[], documents: number): Promise<WeightedTerm[][]> {
  const terms = [...new Set(counted.flatMap(termsToLookUp))];
  const df = await findTermDocumentFrequencies(db, terms);
  return counted.map((counts) => buildTermVector(counts, (term) => df.get(term) ?? 1, documents));
}

export interface IndexOutcome {
  /** Published articles now indexed. */
  indexed: number[];
  /** Articles taken out (unpublished or deleted). */
  removed: number[];
}

async function removeDocuments(db: Queryable, documents: RelatedDocumentRow[]): Promise<void> {
  for (const document of documents) {
    await deleteTermPostings(db, document.article_id, parseVector(document.terms).map(([term]) => term));
  }
  await deleteRelatedDocuments(db, documents.map((document) => document.article_id));
}

/**
 * Indexes the given articles if published and takes them out otherwise. Document frequencies count
 * an article once, when first indexed: a re-indexed (edited) article keeps the counts of its first
 * text, and a removed one its counts, until the next rebuild (ensureRelatedCurrent) makes them exact.
 */
export async function indexRelatedDocuments(db: Queryable, ids: number[], written?: WrittenArticles): Promise<IndexOutcome> {
  if (ids.length === 0) return { indexed: [], removed: [] };
  const articles = written ?? (await WrittenArticles.read(db, ids));
  const published = articles.pick([...new Set(ids)]).filter((article) => article.status === 'published');
  const publishedIds = new Set(published.map((source) => source.id));
  const previous = await findRelatedDocuments(db, ids);
  const known = new Set(previous.map((document) => document.article_id));

  await removeDocuments(db, previous);
  const removed = previous.filter((document) => !publishedIds.has(document.article_id)).map((document) => document.article_id);

  const counted = published.map((article) => {
    const analysis = articles.analysis(article);
    return countAnalyzedTerms(analysis.title, analysis.body);
  });
  const deltas = new Map<string, number>();
  let added = 0;
  published.forEach((source, index) => {
    if (known.has(source.id)) return;
    added += 1;
    for (const term of counted[index]?.counts.keys() ?? []) deltas.set(term, (deltas.get(term) ?? 0) + 1);
  });
  await addTermDocumentFrequencies(db, deltas);
  const documents = (await readDocumentCount(db)) + added - removed.length;
  await writeDocumentCount(db, documents);

  const vectors = await vectorsFor(db, counted, documents);
  const rows: RelatedDocumentRow[] = [];
  const postings: TermPosting[] = [];
  published.forEach((source, index) => {
    const vector = vectors[index] ?? [];
    const counts = counted[index] as TermCounts;
    rows.push({
      article_id: source.id,
      terms: JSON.stringify(vector),
      category_id: source.categoryId,
      published_at: source.publishedAt,
      title_key: counts.titleKey,
      body_key: counts.bodyKey,
    });
    for (const [term, weight] of vector) postings.push({ term, article_id: source.id, weight });
  });
  await upsertRelatedDocuments(db, rows);
  await insertTermPostings(db, postings);
  return { indexed: published.map((source) => source.id), removed };
}
