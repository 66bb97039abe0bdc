/**
 * A few worker threads answering requests in turn (bulk writes: entity extraction, preparing an
 * import's articles). Each request may carry a context (a name memory) that stays with the worker:
 * it is sent only when it differs from the one that worker holds, whole or, with a `ContextCodec`,
 * as what changed since. A worker's failure fails its pending requests and every later one sent to it.
 */
import { Worker } from 'node:worker_threads';

/** What a pool sends: the context (as the codec writes it) only when it changed for that worker. */
export interface PoolRequest<Payload, Wire> {
  id: number;
  payload: Payload;
  context?: Wire;
}

/**
 * How a context travels: `encode` on the pool's side, from the context the worker holds (undefined:
 * none yet) to the next; `decode` on the worker's, with the one it holds. Without a codec the context
 * is sent whole (structured clone) every time it changes.
 */
export interface ContextCodec<Context, Wire> {
  encode(held: Context | undefined, next: Context): Wire;
  decode(held: Context | undefined, wire: Wire): Context;
}

export type PoolReply<Result> = { id: number; result: Result } | { id: number; error: string };

interface Pending<Result> {
  resolve: (result: Result) => void;
  reject: (error: Error) => void;
}

interface PoolWorker<Result, Context> {
  worker: Worker;
  context: Context | undefined;
  pending: Map<number, Pending<Result>>;
  failure: Error | undefined;
}

export interface WorkerPoolOptions {
  /**
   * How many steps to lower the workers' scheduling priority (their nice value, Linux): for work that
   * feeds a thread of this process which must not wait for a core behind them (thread-priority.ts).
   */
  lowerPriority?: number;
}

/** What a pool's worker is started with (`workerData`). */
export interface PoolWorkerData {
  lowerPriority?: number;
}

export class WorkerPool<Payload, Result, Context = never> {
  private readonly workers: PoolWorker<Result, Context>[];
  private nextId = 1;
  private turn = 0;

  /** `file` runs `serveWorkerRequests`; `what` names the work in errors ("entity extraction"). */
  constructor(
    file: URL,
    size: number,
    private readonly what: string,
    private readonly codec?: ContextCodec<Context, unknown>,
    private readonly options: WorkerPoolOptions = {},
  ) {
    if (!Number.isInteger(size) || size < 1) throw new RangeError(`a worker pool needs at least one worker, not ${size}`);
    this.workers = Array.from({ length: size }, () => this.startWorker(file));
  }

  private startWorker(file: URL): PoolWorker<Result, Context> {
    const entry: PoolWorker<Result, Context> = { worker: new Worker(file, { workerData: { lowerPriority: this.options.lowerPriority } satisfies PoolWorkerData }), context: undefined, pending: new Map(), failure: undefined };
    const failAll = (error: Error) => {
      entry.failure ??= error;
      for (const pending of entry.pending.values()) pending.reject(entry.failure);
      entry.pending.clear();
    };
    entry.worker.on('message', (reply: PoolReply<Result>) => {
      const pending = entry.pending.get(reply.id);
      entry.pending.delete(reply.id);
      if (entry.pending.size === 0) entry.worker.unref();
      if ('error' in reply) pending?.reject(new Error(`${this.what} failed: ${reply.error}`));
      else pending?.resolve(reply.result);
    });
    entry.worker.on('error', (error) => failAll(error));
    entry.worker.on('exit', (code) => failAll(new Error(`${this.what} worker stopped (exit code ${code})`)));
    // An idle pool must not keep the process alive; a worker with work to answer must (see run).
    entry.worker.unref();
    return entry;
  }

  get size(): number {
    return this.workers.length;
  }

  /** The next worker's answer to `payload`, made with `context` as the context it holds. */
  run(payload: Payload, context?: Context): Promise<Result> {
    const entry = this.workers[this.turn++ % this.workers.length]!;
    if (entry.failure) return Promise.reject(entry.failure);
    const id = this.nextId++;
    const request: PoolRequest<Payload, unknown> = { id, payload };
    if (context !== undefined && entry.context !== context) {
      request.context = this.codec ? this.codec.encode(entry.context, context) : context;
      entry.context = context;
    }
    return new Promise((resolve, reject) => {
      entry.pending.set(id, { resolve, reject });
      entry.worker.ref();
      entry.worker.postMessage(request);
    });
  }

  async close(): Promise<void> {
    await Promise.all(
      this.workers.map(async (entry) => {
        entry.failure ??= new Error(`${this.what} pool closed`);
        await entry.worker.terminate();
      }),
    );
  }
}
