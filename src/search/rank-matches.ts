/**
 * Ranks the articles a query matches. Articles with more of the query's words come first (strictly
 * for short queries, as a score factor for long ones such as questions typed in full); among equals,
 * bm25 with a gentle recency boost. The work is bounded: all words together are tried first, and only
 * when they do not fill the page are the words scored one by one.
 */
import type { MatchPlan } from './fts5-match.ts';
import type { IndexReads } from './index-reads.ts';
import { hasFilters, type ColumnWeights, type MatchFilters, type ScoredRow } from './search-index.repository.ts';

export interface MatchRanking {
  columnWeights: ColumnWeights;
  /** Share of a word pair's phrase score added when the two words stand side by side (long queries only). */
  pairFactor: number;
  /** Queries of up to this many words rank strictly by words matched; longer ones multiply the score by coverage^coverageExponent. */
  strictWordLimit: number;
  coverageExponent: number;
  /** Relevance is multiplied by 1 + boost / (1 + age in days / halfLifeDays). */
  recencyBoost: number;
  recencyHalfLifeDays: number;
  /**
   * Rows scored per expression at most, the most recently added first: bounds the work for words
   * found in a large part of the archive, where the newest few thousand are what a news reader wants.
   */
  maxRowsPerExpression: number;
  /**
   * The same bound for short queries (ranked strictly by words matched): a word of one or two words
   * found in a fifth of the archive is ranked among its newest articles, and scoring fewer of them is
   * most of the time such a query takes.
   */
  maxRowsPerShortExpression: number;
  /**
   * Long queries (questions) score a word held by at least this many articles on a sample of its
   * newest, and find it on the other candidates by membership at its mean score.
   */
  commonWordRows: number;
}

export interface RankRequest {
  /** ISO instant that ages are measured from. */
  now: string;
  sort: 'relevance' | 'date';
  limit: number;
  offset: number;
}

export interface RankedMatch {
  id: number;
  /** How many of the plan's words the article matches. */
  matched: number;
  score: number;
}

const DAY_MS = 86_400_000;

/**
 * The articles found so far, with each query word's bm25 part. A long query gathers thousands, so they
 * are kept in flat typed arrays by slot (NaN where the article lacks the word) rather than as an object
 * and an array each, which cost more in allocation and garbage collection than ranking them.
 */
class Candidates {
  private readonly slotOf = new Map<number, number>();
  readonly ids: number[] = [];
  /** Part of word w for the article in slot s at s * wordCount + w. */
  private parts: Float64Array;
  /** Extra score (word pairs); counts no word. */
  private bonus: Float64Array;
  /** Read only for the candidates that can reach the page (see RECENCY_POOL). */
  private readonly publishedAt = new Map<number, string>();

  constructor(readonly wordCount: number) {
    this.parts = new Float64Array(256 * wordCount).fill(NaN);
    this.bonus = new Float64Array(256);
  }

  get size(): number {
    return this.ids.length;
  }

  has(id: number): boolean {
    return this.slotOf.has(id);
  }

  private slot(id: number): number {
    let slot = this.slotOf.get(id);
    if (slot === undefined) {
      slot = this.ids.length;
      this.ids.push(id);
      this.slotOf.set(id, slot);
      if (slot >= this.bonus.length) {
        const parts = new Float64Array(this.parts.length * 2).fill(NaN);
        parts.set(this.parts);
        this.parts = parts;
        const bonus = new Float64Array(this.bonus.length * 2);
        bonus.set(this.bonus);
        this.bonus = bonus;
      }
    }
    return slot;
  }

  /** Rows of one word's expression. */
  addWord(word: number, rows: readonly ScoredRow[]): void {
    for (const row of rows) {
      // The slot first: making one may replace the arrays.
      const slot = this.slot(row.id);
      this.parts[slot * this.wordCount + word] = row.relevance;
    }
  }

  /** Rows of an expression requiring every word: their bm25 split evenly, which keeps the sum exact. */
  addComplete(rows: readonly ScoredRow[]): void {
    for (const row of rows) {
      const base = this.slot(row.id) * this.wordCount;
      this.parts.fill(row.relevance / this.wordCount, base, base + this.wordCount);
    }
  }

  /** Rows of an expression requiring every word but `left`: their bm25 split evenly among those words. */
  addAllExcept(left: number, rows: readonly ScoredRow[]): void {
    for (const row of rows) {
      const base = this.slot(row.id) * this.wordCount;
      for (let index = 0; index < this.wordCount; index += 1) if (index !== left) this.parts[base + index] = row.relevance / (this.wordCount - 1);
    }
  }

  /**
   * Articles known to have `word` though its own rows (cut at the newest) did not reach them: they are
   * given the word's mean score over those rows. A common word weighs little, and scoring it exactly
   * would cost another pass over its whole posting list.
   */
  addWordMembers(word: number, ids: readonly number[], meanRelevance: number): void {
    for (const id of ids) {
      const slot = this.slotOf.get(id);
      if (slot !== undefined && Number.isNaN(this.parts[slot * this.wordCount + word])) this.parts[slot * this.wordCount + word] = meanRelevance;
    }
  }

  /** Articles where two query words stand side by side: their parts count `factor` more. */
  addPairMembers(first: number, second: number, ids: readonly number[], factor: number): void {
    for (const id of ids) {
      const slot = this.slotOf.get(id);
      if (slot === undefined) continue;
      const base = slot * this.wordCount;
      this.bonus[slot] = (this.bonus[slot] ?? 0) + factor * ((this.parts[base + first] || 0) + (this.parts[base + second] || 0));
    }
  }

  setPublishedAt(id: number, date: string | undefined): void {
    if (date !== undefined) this.publishedAt.set(id, date);
  }

  /** How many words the article in `slot` has, and the sum of their parts with its bonus. */
  score(slot: number): { matched: number; relevance: number } {
    let matched = 0;
    let relevance = this.bonus[slot] ?? 0;
    const base = slot * this.wordCount;
    for (let index = base; index < base + this.wordCount; index += 1) {
      const part = this.parts[index] as number;
      if (Number.isNaN(part)) continue;
      matched += 1;
      relevance += part;
    }
    return { matched, relevance };
  }

  slotsOf(ids: readonly number[]): number[] {
    return ids.flatMap((id) => {
      const slot = this.slotOf.get(id);
      return slot === undefined ? [] : [slot];
    });
  }

  dateOf(slot: number): string | undefined {
    return this.publishedAt.get(this.ids[slot] as number);
  }
}

export async function rankMatches(
  reads: IndexReads,
  plan: MatchPlan,
  filters: MatchFilters,
  ranking: MatchRanking,
  request: RankRequest,
): Promise<{ total: number; matches: RankedMatch[] }> {
  const wordCount = plan.words.length;
  const strict = wordCount <= ranking.strictWordLimit || request.sort === 'date';
  // Long queries without filters take their total from the reads their words make anyway (below):
  // counting the articles with any word reads every posting list again, a common word's included.
  const countFromWords = !strict && request.limit > 0 && !hasFilters(filters);
  let total = countFromWords ? 0 : await reads.count(plan.any, filters);
  if (!countFromWords && (total === 0 || request.limit === 0)) return { total, matches: [] };
  const needed = request.offset + request.limit;
  const cap = Math.max(strict ? ranking.maxRowsPerShortExpression : ranking.maxRowsPerExpression, needed);
  const scored = (match: string) => reads.scored(match, filters, ranking.columnWeights, cap);
  const candidates = new Candidates(wordCount);

  // Short queries rank articles with every word first: when those fill the page, nothing else is needed.
  const complete = wordCount > 1 && strict ? await scored(plan.all) : [];
  let filled = complete.length >= needed && complete.length > 0;
  if (!filled && strict && wordCount <= ranking.strictWordLimit && plan.allExcept.length > 0) {
    // Then those with every word but one: when they fill the page, no word need be scored alone, which
    // for a common word means thousands of rows.
    for (const [left, match] of plan.allExcept.entries()) candidates.addAllExcept(left, await scored(match));
    filled = candidates.size >= needed;
  }
  if (!filled) {
    // Each word on its own. A word found in more articles than the cap is scored on the newest only;
    // on older articles that have a rarer word it is then found by membership alone.
    // Long queries (questions) weigh each article by the share of words it has, so an article with
    // only common words rarely places: those words are scored on a small sample of their newest articles.
    // How common a word is comes from the index vocabulary, which costs nothing like reading its matches.
    const common: { index: number; meanRelevance: number }[] = [];
    /** The articles with a word that is not common: its rows hold all of them. */
    const found = new Set<number>();
    const frequencies = strict ? new Map<string, number>() : await reads.documentFrequencies(plan.terms.flat());
    for (const [index, word] of plan.words.entries()) {
      const frequency = Math.max(0, ...(plan.terms[index] ?? []).map((term) => frequencies.get(term) ?? 0));
      const sampled = !strict && frequency >= ranking.commonWordRows;
      const rows = sampled ? await reads.scored(word, filters, ranking.columnWeights, COMMON_WORD_SAMPLE) : await scored(word);
      candidates.addWord(index, rows);
      // A sample that is not full holds every article with the word (filters or phrases made it rare).
      const isCommon = sampled ? rows.length >= COMMON_WORD_SAMPLE : rows.length >= cap;
      if (isCommon) common.push({ index, meanRelevance: rows.reduce((sum, row) => sum + row.relevance, 0) / Math.max(1, rows.length) });
      else for (const row of rows) found.add(row.id);
    }
    const rare = plan.wordMatches.filter((_word, index) => !common.some((word) => word.index === index));
    if (rare.length > 0) {
      const withRare = new Set<number>();
      for (const { index, meanRelevance } of common) {
        // The articles with the common word and a rare one: the word's ids, read once per index
        // generation and shared by every query with it ("آخر" in every question), among the articles
        // the rare words' rows hold.
        const members = (await reads.matchingIds(plan.wordMatches[index] as string, Number.MAX_SAFE_INTEGER)).filter((id) => found.has(id));
        candidates.addWordMembers(index, members, meanRelevance);
        for (const id of members) withRare.add(id);
      }
      // Articles with a common word, plus those with a rare one, less those with both (counted twice):
      // the common words' count recurs across queries ("آخر" in every question) and is memoized.
      if (countFromWords && common.length > 0) {
        const commonMatch = common.length === 1 ? (plan.wordMatches[common[0]?.index ?? 0] as string) : `(${common.map(({ index }) => `(${plan.wordMatches[index]})`).join(' OR ')})`;
        total = (await reads.count(commonMatch, filters)) + found.size - withRare.size;
      } else if (countFromWords) {
        total = found.size;
      }
    } else {
      if (countFromWords) total = await reads.count(plan.any, filters);
      if (wordCount > 1 && complete.length === 0) candidates.addComplete(await scored(plan.all));
    }
  }
  if (countFromWords && total === 0) return { total, matches: [] };
  candidates.addComplete(complete);
  if (!strict && plan.pairs.length > 0 && ranking.pairFactor > 0) {
    // Word pairs are FTS5 phrases of their stems, read as ids (no positions are scored): a pair of
    // common words ("آخر أخبار") recurs across queries and is read once through the memo.
    for (const [index, phrase] of plan.pairPhrases.entries()) {
      const members = (await reads.matchingIds(phrase, Number.MAX_SAFE_INTEGER)).filter((id) => candidates.has(id));
      candidates.addPairMembers(index, index + 1, members, ranking.pairFactor);
    }
  }
  // The recency boost moves a score by a few percent at most: dates are read for the best candidates
  // only (all of them when sorting by date).
  const pool = request.sort === 'date' ? candidates.ids : rankCandidates(candidates, ranking, request, strict, Math.max(RECENCY_POOL, 2 * needed)).map((match) => match.id);
  const dates = await reads.publishedAt(pool);
  for (const id of pool) candidates.setPublishedAt(id, dates.get(id));
  return { total, matches: rankCandidates(candidates, ranking, request, strict, needed, pool).slice(request.offset) };
}

/** How many of the best candidates have their date read for the recency boost. */
const RECENCY_POOL = 200;

/** Articles a long query scores for each of its common words (the rest are found by membership). */
const COMMON_WORD_SAMPLE = 200;

/** The best `count` candidates (of those in `among`, when given), in ranking order. */
function rankCandidates(candidates: Candidates, ranking: MatchRanking, request: RankRequest, strict: boolean, count: number, among?: readonly number[]): RankedMatch[] {
  const now = Date.parse(request.now);
  const before = (a: Ranked, b: Ranked): boolean => {
    if (strict && a.matched !== b.matched) return a.matched > b.matched;
    if (request.sort === 'date' && a.publishedAt !== b.publishedAt) return a.publishedAt > b.publishedAt;
    return a.score !== b.score ? a.score > b.score : a.id > b.id;
  };
  // The best `count` so far in a heap with the worst of them on top: a candidate that does not beat
  // it is passed over, so thousands of candidates cost no sort of them all.
  const best = new TopHeap<Ranked>(count, before);
  const probe: Ranked = { id: 0, matched: 0, score: 0, publishedAt: '' };
  const rank = (slot: number) => {
    const { matched, relevance } = candidates.score(slot);
    const publishedAt = candidates.dateOf(slot);
    const ageDays = publishedAt === undefined ? Infinity : Math.max(0, (now - Date.parse(publishedAt)) / DAY_MS);
    const recency = 1 + ranking.recencyBoost / (1 + ageDays / ranking.recencyHalfLifeDays);
    const coverage = strict ? 1 : (matched / candidates.wordCount) ** ranking.coverageExponent;
    probe.id = candidates.ids[slot] as number;
    probe.matched = matched;
    probe.score = relevance * recency * coverage;
    probe.publishedAt = publishedAt ?? '';
    if (best.admits(probe)) best.offer({ ...probe });
  };
  if (among) for (const slot of candidates.slotsOf(among)) rank(slot);
  else for (let slot = 0; slot < candidates.size; slot += 1) rank(slot);
  return best.sorted().map(({ id, matched, score }) => ({ id, matched, score }));
}

interface Ranked extends RankedMatch {
  publishedAt: string;
}

/** The `size` best items offered, by `before` (true when a ranks ahead of b): a binary heap, worst on top. */
class TopHeap<T> {
  private readonly items: T[] = [];
  constructor(
    private readonly size: number,
    private readonly before: (a: T, b: T) => boolean,
  ) {}

  /** Whether `item` would be kept, were it offered. */
  admits(item: T): boolean {
    return this.size > 0 && (this.items.length < this.size || this.before(item, this.items[0] as T));
  }

  offer(item: T): void {
    const items = this.items;
    if (this.size <= 0) return;
    if (items.length < this.size) {
      items.push(item);
      let index = items.length - 1;
      while (index > 0) {
        const parent = (index - 1) >> 1;
        if (!this.before(items[parent] as T, items[index] as T)) break;
        [items[parent], items[index]] = [items[index] as T, items[parent] as T];
        index = parent;
      }
      return;
    }
    if (!this.before(item, items[0] as T)) return;
    items[0] = item;
    for (let index = 0; ; ) {
      const left = 2 * index + 1;
      const right = left + 1;
      let worst = index;
      if (left < items.length && this.before(items[worst] as T, items[left] as T)) worst = left;
      if (right < items.length && this.before(items[worst] as T, items[right] as T)) worst = right;
      if (worst === index) break;
      [items[worst], items[index]] = [items[index] as T, items[worst] as T];
      index = worst;
    }
  }

  /** Best first. */
  sorted(): T[] {
    return [...this.items].sort((a, b) => (this.before(a, b) ? -1 : this.before(b, a) ? 1 : 0));
  }
}
