/**
 * `POST /api/v1/views`: the beacon an article page sends once it is shown. Counting here rather than
 * when the page is rendered keeps counts right when pages come from a cache or a CDN. Answers 204
 * whether the view counted or not, so that a client learns nothing about the dedupe or the bot rules.
 */
import { type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../app/app-context.ts';
import { sendApiError } from '../api/api-error.ts';
import { findArticleHeadline } from '../articles/article.repository.ts';
import { ViewCounter, type ViewCounterOptions, type ViewRecorder } from './view-counter.ts';
import { VIEW_BEACON_PATH, ViewBeaconSchema } from './view-beacon.schema.ts';

const BODY_LIMIT = 256;

/** `views`: where views go (by default a counter of this process, with `options`). */
export function viewBeaconRoutes(context: AppContext, options: ViewCounterOptions = {}, views: ViewRecorder = new ViewCounter(context.db, options)): FastifyPluginAsyncTypebox {
  return async (app) => {
    // navigator.sendBeacon sends a plain-text Blob without a CORS preflight; its text is the JSON body.
    app.removeContentTypeParser('text/plain');
    app.addContentTypeParser('text/plain', { parseAs: 'string', bodyLimit: BODY_LIMIT }, (_request, body, done) => {
      try {
        done(null, JSON.parse(String(body)));
      } catch {
        done(Object.assign(new Error('body is not valid JSON'), { statusCode: 400 }), undefined);
      }
    });

    app.post(VIEW_BEACON_PATH, { bodyLimit: BODY_LIMIT, schema: { body: ViewBeaconSchema } }, async (request, reply) => {
      const { articleId } = request.body;
      const article = await findArticleHeadline(context.db, articleId);
      if (!article) return sendApiError(reply, 404, `no article with id ${articleId}`);
      await views.record({ articleId, ip: request.ip, userAgent: request.headers['user-agent'] });
      return reply.status(204).header('cache-control', 'no-store').send();
    });
  };
}
