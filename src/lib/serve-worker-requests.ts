/**
 * The worker side of `WorkerPool`: answers each request with `handle(payload, context)`, the context
 * kept from the last request that carried one (and passed by value, so an asynchronous answer keeps
 * the context of its own request).
 */
import { parentPort } from 'node:worker_threads';
import type { PoolReply, PoolRequest } from './worker-pool.ts';

export function serveWorkerRequests<Payload, Result, Context>(initialContext: Context, handle: (payload: Payload, context: Context) => Result | Promise<Result>): void {
  if (!parentPort) throw new Error('serveWorkerRequests runs in a worker thread');
  const port = parentPort;
  let context = initialContext;
  port.on('message', async (request: PoolRequest<Payload, Context>) => {
    let reply: PoolReply<Result>;
    try {
      if (request.context !== undefined) context = request.context;
      reply = { id: request.id, result: await handle(request.payload, context) };
    } catch (error) {
      reply = { id: request.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    port.postMessage(reply);
  });
}
