/**
 * The worker side of `WorkerPool`: answers each request with `handle(payload, context)`, the context
 * kept from the last request that carried one (and passed by value, so an asynchronous answer keeps
 * the context of its own request). With a codec's `decode`, what a request carries is read against the
 * context held; should that fail, the worker no longer knows its context, so it answers every later
 * request with that failure rather than with a wrong context.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { lowerThreadPriority } from './thread-priority.ts';
import type { PoolReply, PoolRequest, PoolWorkerData } from './worker-pool.ts';

export function serveWorkerRequests<Payload, Result, Context, Wire = Context>(
  initialContext: Context,
  handle: (payload: Payload, context: Context) => Result | Promise<Result>,
  decode?: (held: Context, wire: Wire) => Context,
): void {
  if (!parentPort) throw new Error('serveWorkerRequests runs in a worker thread');
  const port = parentPort;
  const lowerPriority = (workerData as PoolWorkerData | undefined)?.lowerPriority;
  if (lowerPriority !== undefined) lowerThreadPriority(lowerPriority);
  let context = initialContext;
  let lost: unknown;
  port.on('message', async (request: PoolRequest<Payload, Wire>) => {
    let reply: PoolReply<Result>;
    try {
      if (lost !== undefined) throw lost;
      if (request.context !== undefined) {
        try {
          context = decode ? decode(context, request.context) : (request.context as unknown as Context);
        } catch (error) {
          lost = error;
          throw error;
        }
      }
      reply = { id: request.id, result: await handle(request.payload, context) };
    } catch (error) {
      reply = { id: request.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    port.postMessage(reply);
  });
}
