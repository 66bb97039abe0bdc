/**
 * Memory of the entity extractor: resident size before loading it and once its lists, model and word
 * classes are loaded (one extraction of a short text, before the corpus is read), then the JS heap and
 * typed arrays after extracting N ANT bodies (its caches of word forms grown as an import grows them;
 * the resident size then also holds the corpus read for it). One tree per process, so figures do not
 * mix: run it once with `--tree DIR` (another copy of the source tree) and once without to compare.
 *
 *   npx tsx bench/entities-memory.ts [--tree DIR] [--articles N]
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { numberOption, textOption } from './bench-options.ts';
import { readAnt, uniqueByUrl } from './corpora.ts';

type Extract = (text: string, options?: { publishedAt?: string }) => unknown[];

const tree = path.resolve(textOption('tree') ?? path.join(import.meta.dirname, '..'));

const megabytes = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
function measure(label: string): void {
  globalThis.gc?.();
  const { rss, heapUsed, arrayBuffers } = process.memoryUsage();
  console.log(`${label}: resident ${megabytes(rss)}, JS heap ${megabytes(heapUsed)}, array buffers ${megabytes(arrayBuffers)}`);
}

measure('before loading');
const { extractEntities } = (await import(pathToFileURL(path.join(tree, 'src/entities/extract-entities.ts')).href)) as { extractEntities: Extract };
extractEntities('وصل وزير الخارجية الأميركي أنتوني بلينكن إلى كازاخستان يوم 28 فبراير 2023.', { publishedAt: '2023-02-28T00:00:00Z' });
measure(`${tree}: extractor loaded`);
const bodies = uniqueByUrl(readAnt())
  .slice(0, numberOption('articles', 5000))
  .map((article) => article.body);
for (const body of bodies) extractEntities(body, { publishedAt: '2020-01-01T00:00:00Z' });
measure(`${tree}: after ${bodies.length} articles`);
