/** Arabic not-found, bad-request and error pages, keeping the site's navigation. */
import type { FastifyReply } from 'fastify';
import type { AppContext } from '../app/app-context.ts';
import { MessagePage } from './pages/message-page.tsx';
import { loadPageFrameSafely, sendPage } from './site-page.ts';
import { strings } from './strings.ts';

const MESSAGES = {
  400: { heading: strings.badRequestTitle, message: strings.badRequestMessage },
  404: { heading: strings.notFoundTitle, message: strings.notFoundMessage },
  500: { heading: strings.errorTitle, message: strings.errorMessage },
} as const;

export async function renderMessagePage(context: AppContext, reply: FastifyReply, statusCode: 400 | 404 | 500) {
  const frame = await loadPageFrameSafely(context);
  return sendPage(reply, <MessagePage {...frame} {...MESSAGES[statusCode]} />, statusCode);
}

export function renderNotFound(context: AppContext, reply: FastifyReply) {
  return renderMessagePage(context, reply, 404);
}
