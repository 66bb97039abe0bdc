/**
 * Entity tagging for bulk writers, pipelined: while batch k is written on the main thread, batch k+1
 * is extracted in a worker. Batch k is extracted with the names learned up to batch k−2 (the last one
 * surely written when k is sent), whatever the timing, so an import tags the same way every run; a
 * name first taught in batch k−1 is still found in batch k through the name memory on its next use.
 * Without workers (one core, small imports) extraction runs in the write, with the memory kept
 * between batches instead of being reloaded.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import type { NameMemory } from '../entities/index.ts';
import type { ArticleExtraction } from './extract-article-tags.ts';
import type { TextToTag } from './extraction-messages.ts';
import { ExtractionPool } from './extraction-pool.ts';
import { loadNameMemory } from './name-memory-store.ts';
import type { EntityTagSession } from './sync-article-entities.ts';

export interface PrefetchedBatch {
  index: number;
  extracted: Promise<Map<string, ArticleExtraction>> | undefined;
}

export interface BatchTicket {
  index: number;
  /** The known names to extract the batch with. */
  memory: NameMemory;
}

export class TagPipeline {
  private memory: NameMemory;
  /** The memory after each written batch, by batch index (only the last two are needed). */
  private readonly memoryAfter = new Map<number, NameMemory>();
  private nextIndex = 0;

  private constructor(
    initial: NameMemory,
    private readonly pool: ExtractionPool | undefined,
  ) {
    this.memory = initial;
    this.memoryAfter.set(-1, initial);
    this.memoryAfter.set(-2, initial);
  }

  /** Starts `workers` extraction threads (0: extract in the write) with the stored name memory. */
  static async start(db: Kysely<Database>, workers: number, initial?: NameMemory): Promise<TagPipeline> {
    return new TagPipeline(initial ?? (await loadNameMemory(db)), workers > 0 ? new ExtractionPool(workers) : undefined);
  }

  /** Sends the next batch (in write order) to be extracted; the batch two before it must have been written. */
  prefetch(articles: TextToTag[]): PrefetchedBatch {
    if (!this.pool || articles.length === 0) return { index: this.nextIndex++, extracted: undefined };
    const ticket = this.reserve();
    const results = this.pool.extract(articles, ticket.memory);
    return this.prefetched(ticket, results.then((done) => new Map(articles.map((article, at) => [article.text, done[at]!]))));
  }

  /**
   * Takes the next batch's place in write order, for a writer whose own workers extract it: with
   * `ticket.memory`, the results handed back through `prefetched`. The batch two before it must have
   * been written.
   */
  reserve(): BatchTicket {
    const index = this.nextIndex++;
    const memory = this.memoryAfter.get(index - 2);
    if (!memory) throw new Error(`tag pipeline: batch ${index - 2} must be written before batch ${index} is sent`);
    return { index, memory };
  }

  /** The batch of `ticket`, whose extractions (by article text, `entityTextOf`) are on their way. */
  prefetched(ticket: BatchTicket, extracted: Promise<Map<string, ArticleExtraction>>): PrefetchedBatch {
    // Observed at once, so a failure waits for the writer rather than being reported as unhandled.
    extracted.catch(() => {});
    return { index: ticket.index, extracted };
  }

  /** The session for writing the batch; await it BEFORE opening the write transaction. */
  async session(batch: PrefetchedBatch): Promise<EntityTagSession> {
    const extracted = await batch.extracted;
    return extracted ? { memory: this.memory, extracted } : { memory: this.memory };
  }

  /** Records that the batch was written (committed) with this session. */
  written(batch: PrefetchedBatch, session: EntityTagSession): void {
    this.memory = session.memory;
    this.memoryAfter.set(batch.index, session.memory);
    this.memoryAfter.delete(batch.index - 3);
  }

  async close(): Promise<void> {
    await this.pool?.close();
  }
}
