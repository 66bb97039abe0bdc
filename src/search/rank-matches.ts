/**
 * Ranks the articles a query matches. Articles with more of the query's words come first (strictly
 * for short queries, as a score factor for long ones such as questions typed in full); among equals,
 * bm25 with a gentle recency boost. The work is bounded: all words together are tried first, and only
 * when they do not fill the page are the words scored one by one.
 */
import type { MatchPlan } from './fts5-match.ts';
import { countMatches, findScoredMatches, type ColumnWeights, type MatchFilters, type ScoredRow } from './search-index.repository.ts';

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

interface Candidate {
  /** bm25 contribution of each query word, by its index; undefined where the article lacks the word. */
  words: (number | undefined)[];
  /** Extra score (word pairs); counts no word. */
  bonus: number;
  publishedAt: string;
}

const DAY_MS = 86_400_000;

class Candidates {
  readonly byId = new Map<number, Candidate>();
  constructor(private readonly wordCount: number) {}

  private get(row: ScoredRow): Candidate {
    let candidate = this.byId.get(row.id);
    if (!candidate) {
      candidate = { words: new Array<number | undefined>(this.wordCount), bonus: 0, publishedAt: row.publishedAt };
      this.byId.set(row.id, candidate);
    }
    return candidate;
  }

  /** Rows of one word's expression. */
  addWord(word: number, rows: ScoredRow[]): void {
    for (const row of rows) this.get(row).words[word] = row.relevance;
  }

  /** Rows of an expression requiring every word: their bm25 split evenly, which keeps the sum exact. */
  addComplete(rows: ScoredRow[]): void {
    for (const row of rows) this.get(row).words.fill(row.relevance / this.wordCount);
  }

  /**
   * Rows of `word AND (any of the words in others)`. The bm25 of that expression is the word's part
   * plus the others' parts, which are known from their own rows: the difference is the word's part.
   */
  addWordBesides(word: number, others: number[], rows: ScoredRow[]): void {
    for (const row of rows) {
      const candidate = this.byId.get(row.id);
      if (!candidate || candidate.words[word] !== undefined) continue;
      const known = others.reduce((sum, other) => sum + (candidate.words[other] ?? 0), 0);
      candidate.words[word] = Math.max(0, row.relevance - known);
    }
  }

  addBonus(rows: ScoredRow[], factor: number): void {
    for (const row of rows) {
      const candidate = this.byId.get(row.id);
      if (candidate) candidate.bonus += factor * row.relevance;
    }
  }
}

export async function rankMatches(
  db: Parameters<typeof countMatches>[0],
  plan: MatchPlan,
  filters: MatchFilters,
  ranking: MatchRanking,
  request: RankRequest,
): Promise<{ total: number; matches: RankedMatch[] }> {
  const total = await countMatches(db, plan.any, filters);
  if (total === 0 || request.limit === 0) return { total, matches: [] };
  const wordCount = plan.words.length;
  const needed = request.offset + request.limit;
  const cap = Math.max(ranking.maxRowsPerExpression, needed);
  const strict = wordCount <= ranking.strictWordLimit || request.sort === 'date';
  const scored = (match: string) => findScoredMatches(db, match, filters, ranking.columnWeights, cap);
  const candidates = new Candidates(wordCount);

  // Short queries rank articles with every word first: when those fill the page, nothing else is needed.
  const complete = wordCount > 1 && strict ? await scored(plan.all) : [];
  if (complete.length < needed || complete.length === 0) {
    // Each word on its own. A word found in more articles than the cap is scored on the newest only,
    // and then again on the articles that have a rarer word, so that those are ranked exactly.
    const common: number[] = [];
    for (const [index, word] of plan.words.entries()) {
      const rows = await scored(word);
      candidates.addWord(index, rows);
      if (rows.length >= cap) common.push(index);
    }
    const rare = plan.words.map((_word, index) => index).filter((index) => !common.includes(index));
    if (rare.length > 0) {
      const rareAny = `(${rare.map((index) => `(${plan.words[index]})`).join(' OR ')})`;
      for (const index of common) candidates.addWordBesides(index, rare, await scored(`(${plan.words[index]}) AND ${rareAny}`));
    } else if (wordCount > 1 && complete.length === 0) {
      candidates.addComplete(await scored(plan.all));
    }
  }
  candidates.addComplete(complete);
  if (!strict) for (const pair of plan.pairs) candidates.addBonus(await scored(pair), ranking.pairFactor);

  const now = Date.parse(request.now);
  const ranked = [...candidates.byId].map(([id, candidate]) => {
    const matched = candidate.words.filter((part) => part !== undefined).length;
    const relevance = candidate.words.reduce<number>((sum, part) => sum + (part ?? 0), candidate.bonus);
    const ageDays = Math.max(0, (now - Date.parse(candidate.publishedAt)) / DAY_MS);
    const recency = 1 + ranking.recencyBoost / (1 + ageDays / ranking.recencyHalfLifeDays);
    const coverage = strict ? 1 : (matched / wordCount) ** ranking.coverageExponent;
    return { id, matched, score: relevance * recency * coverage, publishedAt: candidate.publishedAt };
  });
  ranked.sort((a, b) => {
    if (strict && a.matched !== b.matched) return b.matched - a.matched;
    if (request.sort === 'date' && a.publishedAt !== b.publishedAt) return a.publishedAt < b.publishedAt ? 1 : -1;
    return b.score - a.score || b.id - a.id;
  });
  return { total, matches: ranked.slice(request.offset, needed).map(({ id, matched, score }) => ({ id, matched, score })) };
}
