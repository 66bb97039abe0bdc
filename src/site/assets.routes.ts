/** Serves the stylesheet, the script and the icon (under content-hashed URLs) and the self-hosted @fontsource Arabic fonts. */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync } from 'fastify';

const require = createRequire(import.meta.url);
const stylesheet = fs.readFileSync(new URL('./assets/site.css', import.meta.url));
const stylesheetVersion = createHash('sha256').update(stylesheet).digest('hex').slice(0, 12);

/** The stylesheet's URL; it changes whenever the stylesheet does, so it can be cached forever. */
export const STYLESHEET_PATH = `/assets/site-${stylesheetVersion}.css`;

/** The site's icon (drawn by scripts/make-icon.ts), for tabs, bookmarks and home screens. */
const icon = fs.readFileSync(new URL('./assets/icon.png', import.meta.url));
export const ICON_PATH = `/assets/icon-${createHash('sha256').update(icon).digest('hex').slice(0, 12)}.png`;

/** The site's only script (the whole budget is 10 KB), under a content-hashed URL like the stylesheet. */
const script = fs.readFileSync(new URL('./assets/site.js', import.meta.url));
export const SCRIPT_PATH = `/assets/site-${createHash('sha256').update(script).digest('hex').slice(0, 12)}.js`;

const FONT_PACKAGES = ['@fontsource/noto-naskh-arabic', '@fontsource/noto-kufi-arabic'];
const fontDirectories = FONT_PACKAGES.map((name) => path.join(path.dirname(require.resolve(`${name}/package.json`)), 'files'));

const ONE_YEAR = 'public, max-age=31536000, immutable';

export const assetsRoutes: FastifyPluginAsync = async (app) => {
  app.get(STYLESHEET_PATH, async (_request, reply) => {
    reply.header('cache-control', ONE_YEAR).type('text/css; charset=utf-8');
    return stylesheet;
  });

  app.get(ICON_PATH, async (_request, reply) => {
    reply.header('cache-control', ONE_YEAR).type('image/png');
    return icon;
  });
  // Browsers and crawlers ask for /favicon.ico whatever the page says; browsers read a PNG served there.
  app.get('/favicon.ico', async (_request, reply) => {
    reply.header('cache-control', 'public, max-age=86400').type('image/png');
    return icon;
  });
  app.get(SCRIPT_PATH, async (_request, reply) => {
    reply.header('cache-control', ONE_YEAR).type('text/javascript; charset=utf-8');
    return script;
  });

  await app.register(fastifyStatic, {
    root: fontDirectories,
    prefix: '/assets/fonts/',
    decorateReply: false,
    index: false,
    list: false,
    immutable: true,
    maxAge: '365d',
    // Only the Arabic and Latin subsets in WOFF2 that the stylesheet names are public.
    allowedPath: (pathName) => /^\/noto-(naskh|kufi)-arabic-(arabic|latin)-[0-9]{3}-normal\.woff2$/.test(pathName),
  });
};
