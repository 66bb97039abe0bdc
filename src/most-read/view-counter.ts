/**
 * Counts article views for «الأكثر قراءة» without cookies and without keeping addresses. A view is
 * known only by a keyed hash of (address, User-Agent, article) under a random salt that lives in memory
 * and is replaced every UTC day (the scheme Plausible Analytics describes for cookieless counting):
 * the same reader reloading an article counts once a day, a script hammering the beacon is capped, and
 * nothing stored or kept overnight can be traced back to anyone. Bots are not counted at all.
 */
import { createHmac, randomBytes } from 'node:crypto';
import type { Queryable } from '../articles/article.repository.ts';
import { addArticleViews, deleteArticleViewsBefore, markViewsChanged } from './article-views.repository.ts';
import { isBotUserAgent } from './bot-user-agents.ts';

export interface ViewCounterOptions {
  now?: () => Date;
  /** Views one client (address and User-Agent) may add per window; more are ignored. */
  maxViewsPerWindow?: number;
  windowMs?: number;
  /** Bound on the remembered hashes, so that a flood of distinct clients cannot exhaust memory. */
  maxRemembered?: number;
  /** Daily counts older than this many days are deleted (once a day); «الأكثر قراءة» needs seven. */
  keepDays?: number;
}

export interface ViewRequest {
  articleId: number;
  ip: string;
  userAgent: string | undefined;
}

export type ViewOutcome = 'counted' | 'repeat' | 'bot' | 'rate-limited';

/**
 * Where the beacon hands a view: a `ViewCounter`, or, in a worker of `sahifa serve`, a messenger to the
 * one counter of the primary process (a reader's page loads reach whichever worker, and the counter's
 * memory of who was counted must be one).
 */
export interface ViewRecorder {
  record(request: ViewRequest): Promise<unknown>;
}

export function utcDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A Map used as a bounded set: the oldest entries go first when it is full. */
function remember<V>(map: Map<string, V>, key: string, value: V, max: number): void {
  map.set(key, value);
  if (map.size > max) {
    const oldest = map.keys().next();
    if (!oldest.done) map.delete(oldest.value);
  }
}

export class ViewCounter implements ViewRecorder {
  private readonly now: () => Date;
  private readonly maxViewsPerWindow: number;
  private readonly windowMs: number;
  private readonly maxRemembered: number;
  private readonly keepDays: number;
  private day = '';
  private salt = Buffer.alloc(0);
  private readonly seen = new Map<string, true>();
  private readonly windows = new Map<string, { start: number; views: number }>();

  constructor(private readonly db: Queryable, options: ViewCounterOptions = {}) {
    this.now = options.now ?? (() => new Date());
    this.maxViewsPerWindow = options.maxViewsPerWindow ?? 30;
    this.windowMs = options.windowMs ?? 10 * 60 * 1000;
    this.maxRemembered = options.maxRemembered ?? 200_000;
    this.keepDays = options.keepDays ?? 90;
  }

  async record(request: ViewRequest): Promise<ViewOutcome> {
    if (isBotUserAgent(request.userAgent)) return 'bot';
    const now = this.now();
    if (this.rotateSaltOn(utcDay(now))) await deleteArticleViewsBefore(this.db, utcDay(new Date(now.getTime() - this.keepDays * 86_400_000)));
    const client = this.hash(`${request.ip}\n${request.userAgent ?? ''}`);
    const view = this.hash(`${client}\n${request.articleId}`);
    if (this.seen.has(view)) return 'repeat';
    if (!this.allow(client, now.getTime())) return 'rate-limited';
    remember(this.seen, view, true, this.maxRemembered);
    await addArticleViews(this.db, request.articleId, this.day);
    await markViewsChanged(this.db, now);
    return 'counted';
  }

  /** A new day forgets yesterday's readers along with the salt that could have matched them. */
  private rotateSaltOn(day: string): boolean {
    if (day === this.day) return false;
    this.day = day;
    this.salt = randomBytes(32);
    this.seen.clear();
    this.windows.clear();
    return true;
  }

  private hash(text: string): string {
    return createHmac('sha256', this.salt).update(text).digest('base64url').slice(0, 22);
  }

  private allow(client: string, time: number): boolean {
    const window = this.windows.get(client);
    if (!window || time - window.start >= this.windowMs) {
      remember(this.windows, client, { start: time, views: 1 }, this.maxRemembered);
      return true;
    }
    if (window.views >= this.maxViewsPerWindow) return false;
    window.views += 1;
    return true;
  }
}
