/**
 * Keeps the term statistics of related stories in step with the articles: each published article's
 * terms counted into the document frequencies, its strongest terms stored as its vector and in the
 * term index; an article no longer published (or about to be deleted) taken out, with its counts.
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
  deleteUnusedTerms,
  findRelatedDocuments,
  findTermDocumentFrequencies,
  insertTermPostings,
  upsertRelatedDocuments,
  type RelatedDocumentRow,
  type RelatedSourceRow,
  type TermPosting,
} from './related.repository.ts';
import { buildTermVector, countTerms, relatedTermCounts, termsToLookUp, type TermCounts, type WeightedTerm } from './term-vector.ts';

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

/**
 * Vectors of counted articles against the stored document frequencies (which already count them).
 * `known`: frequencies the caller has just read back from its own update, not looked up again (those
 * at 0, whose rows are deleted, as absent).
 */
export async function vectorsFor(db: Queryable, counted: TermCounts[], documents: number, known?: ReadonlyMap<string, number>): Promise<WeightedTerm[][]> {
  const terms = new Set<string>();
  for (const counts of counted) for (const term of termsToLookUp(counts)) if (!known?.has(term)) terms.add(term);
  const df = await findTermDocumentFrequencies(db, terms);
  if (known) for (const [term, frequency] of known) if (frequency > 0) df.set(term, frequency);
  return counted.map((counts) => buildTermVector(counts, (term) => df.get(term) ?? 1, documents));
}

export interface IndexOutcome {
  /** Published articles now indexed. */
  indexed: number[];
  /** Articles taken out (unpublished or deleted). */
  removed: number[];
}

/** The terms a document counted into the document frequencies, as stored in `counted_terms`. */
export function countedTermsOf(counts: TermCounts): string {
  return [...counts.counts.keys()].join(' ');
}

function splitCountedTerms(stored: string): string[] {
  return stored === '' ? [] : stored.split(' ');
}

/**
 * Takes stored documents out: their postings, their rows, and the document frequencies they counted
 * (plus `added`, the counts of the documents about to be stored), so that the frequencies are what
 * counting the remaining texts afresh would give. Returns the frequencies of the terms it changed;
 * the document count is the caller's.
 */
async function replaceCounts(db: Queryable, previous: RelatedDocumentRow[], added: Map<string, number>): Promise<Map<string, number>> {
  await deleteTermPostings(
    db,
    previous.flatMap((document) => parseVector(document.terms).map(([term]) => [term, document.article_id] as const)),
  );
  await deleteRelatedDocuments(db, previous.map((document) => document.article_id));
  const deltas = new Map(added);
  for (const document of previous) {
    for (const term of splitCountedTerms(document.counted_terms)) deltas.set(term, (deltas.get(term) ?? 0) - 1);
  }
  for (const [term, delta] of deltas) if (delta === 0) deltas.delete(term);
  const stored = await addTermDocumentFrequencies(db, deltas);
  await deleteUnusedTerms(db, [...deltas].flatMap(([term, delta]) => (delta < 0 ? [term] : [])));
  return stored;
}

/**
 * Takes these articles out of the related-stories index while their rows still exist (before a
 * deletion, whose cascade would remove their documents unseen). Returns the ids that were indexed.
 */
export async function removeRelatedDocuments(db: Queryable, ids: number[]): Promise<number[]> {
  const previous = await findRelatedDocuments(db, ids);
  if (previous.length === 0) return [];
  await replaceCounts(db, previous, new Map());
  await writeDocumentCount(db, (await readDocumentCount(db)) - previous.length);
  return previous.map((document) => document.article_id);
}

/**
 * Indexes the given articles if published and takes them out otherwise. An article indexed again (an
 * edit) first gives back the counts of its previous text, so the document frequencies always count
 * each indexed article's current text once.
 */
export async function indexRelatedDocuments(db: Queryable, ids: number[], written?: WrittenArticles): Promise<IndexOutcome> {
  if (ids.length === 0) return { indexed: [], removed: [] };
  const articles = written ?? (await WrittenArticles.read(db, ids));
  const published = articles.pick([...new Set(ids)]).filter((article) => article.status === 'published');
  const publishedIds = new Set(published.map((source) => source.id));
  const previous = await findRelatedDocuments(db, ids);
  const removed = previous.filter((document) => !publishedIds.has(document.article_id)).map((document) => document.article_id);

  const counted = published.map((article) => articles.derived(article, relatedTermCounts));
  const added = new Map<string, number>();
  for (const counts of counted) for (const term of counts.counts.keys()) added.set(term, (added.get(term) ?? 0) + 1);
  const changed = await replaceCounts(db, previous, added);
  const documents = (await readDocumentCount(db)) + published.length - previous.length;
  await writeDocumentCount(db, documents);

  const vectors = await vectorsFor(db, counted, documents, changed);
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
      counted_terms: countedTermsOf(counts),
    });
    for (const [term, weight] of vector) postings.push({ term, article_id: source.id, weight });
  });
  await upsertRelatedDocuments(db, rows);
  await insertTermPostings(db, postings);
  return { indexed: published.map((source) => source.id), removed };
}
