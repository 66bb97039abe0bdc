/** The one shape of API errors: `{error: {status, message}}`, messages in English. */
import { Type } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';

export const ApiErrorSchema = Type.Object({
  error: Type.Object({ status: Type.Integer(), message: Type.String() }),
});

export function sendApiError(reply: FastifyReply, status: number, message: string) {
  return reply.status(status).header('cache-control', 'no-store').send({ error: { status, message } });
}
