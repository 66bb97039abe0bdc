/** Renders a site page with what every page needs (the section navigation, the stylesheet). */
import type { FastifyReply } from 'fastify';
import type { VNode } from 'preact';
import type { AppContext } from '../app/app-context.ts';
import type { Category } from '../articles/article.ts';
import { categoryLink, type CategoryLink } from './article.presenter.ts';
import { getSectionsOnce } from './article-lists.ts';
import { renderDocument } from './render-page.tsx';
import { SCRIPT_PATH, STYLESHEET_PATH } from './assets.routes.ts';

export interface PageFrame {
  stylesheetPath: string;
  scriptPath: string;
  navigation: CategoryLink[];
}

/** One frame per list of sections: the layout renders its header once per navigation it is given. */
const frames = new WeakMap<Category[], PageFrame>();

export async function loadPageFrame(context: AppContext): Promise<PageFrame> {
  const categories = await getSectionsOnce(context.db);
  let frame = frames.get(categories);
  if (frame === undefined) {
    frame = Object.freeze({
      stylesheetPath: STYLESHEET_PATH,
      scriptPath: SCRIPT_PATH,
      navigation: Object.freeze(categories.map((category) => categoryLink(category)).filter((link) => link !== null)) as CategoryLink[],
    });
    frames.set(categories, frame);
  }
  return frame;
}

/** The frame for error pages must not fail again when the database is what failed. */
export async function loadPageFrameSafely(context: AppContext): Promise<PageFrame> {
  try {
    return await loadPageFrame(context);
  } catch {
    return { stylesheetPath: STYLESHEET_PATH, scriptPath: SCRIPT_PATH, navigation: [] };
  }
}

/** Browsers revalidate after a minute; a CDN keeps pages five minutes and may serve a stale copy while it refreshes. */
export const PAGE_CACHE_CONTROL = 'public, max-age=60, s-maxage=300, stale-while-revalidate=600';

/**
 * `lastModified`: when what the page shows last changed, for `Last-Modified` and the 304 answer to
 * `If-Modified-Since` (the page cache answers it, cached or not). HTTP dates have whole seconds.
 */
export function sendPage(reply: FastifyReply, page: VNode, statusCode = 200, lastModified?: Date): FastifyReply {
  if (lastModified !== undefined && statusCode === 200) reply.header('last-modified', lastModified.toUTCString());
  return reply
    .status(statusCode)
    .type('text/html; charset=utf-8')
    .header('cache-control', statusCode === 200 ? PAGE_CACHE_CONTROL : 'no-store')
    .send(renderDocument(page));
}
