/**
 * The server's log: pino writing asynchronously (lines written while a write is under way go out
 * together, instead of one blocking write each), and one access line per request, written when the
 * response is done, instead of Fastify's two ("incoming request", "request completed").
 */
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import { pino } from 'pino';

export function createServerLogger(level: string): FastifyBaseLogger {
  return pino({ level }, pino.destination({ dest: 1, sync: false }));
}

export function logEveryRequest(app: FastifyInstance): void {
  app.addHook('onResponse', (request, reply, done) => {
    // Below info, pino's `info` is a no-op: nothing is built or written.
    request.log.info(
      { method: request.method, url: request.url, statusCode: reply.statusCode, responseTime: Math.round(reply.elapsedTime * 10) / 10 },
      'request completed',
    );
    done();
  });
}
