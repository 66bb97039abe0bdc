/** `/images/<hash>-<width>.<avif|webp|jpg>`: lead image variants, cached for a year (their names change with their content). */
import fs from 'node:fs';
import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../app/app-context.ts';
import { renderNotFound } from './error-pages.tsx';
import { ImageStore } from '../images/image-store.ts';
import { CONTENT_TYPES, parseVariantFileName } from '../images/image-variants.ts';

export function imagesRoutes(context: AppContext): FastifyPluginAsyncTypebox {
  const store = new ImageStore(context.config.imagesDirectory);
  return async (app) => {
    // Files are streamed and cached by browsers and CDNs for a year: the page cache has nothing to add.
    const options = { config: { pageCache: false as const }, schema: { params: Type.Object({ name: Type.String({ maxLength: 64 }) }) } };
    app.get('/images/:name', options, async (request, reply) => {
      const variant = parseVariantFileName(request.params.name);
      const filePath = variant ? await store.variantPath(request.params.name) : null;
      if (!variant || !filePath) return renderNotFound(context, reply);
      const { size } = await fs.promises.stat(filePath);
      return reply
        .type(CONTENT_TYPES[variant.format])
        .header('content-length', size)
        .header('cache-control', 'public, max-age=31536000, immutable')
        .header('x-content-type-options', 'nosniff')
        .send(fs.createReadStream(filePath));
    });
  };
}
