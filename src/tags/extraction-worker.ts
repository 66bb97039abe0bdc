/**
 * The entity extraction worker (worker_threads): extracts the tags and learned names of the articles
 * it is sent, with the name memory it was last sent, so that a bulk write extracts on another core
 * while the main thread writes. Started through extraction-worker.mjs, which registers tsx.
 */
import { emptyNameMemory, type NameMemory } from '../entities/index.ts';
import { serveWorkerRequests } from '../lib/serve-worker-requests.ts';
import { extractArticleTags, type ArticleExtraction } from './extract-article-tags.ts';
import { decodeNameMemory, type NameMemoryWire } from './name-memory-codec.ts';
import type { TextToTag } from './extraction-messages.ts';

serveWorkerRequests<TextToTag[], ArticleExtraction[], NameMemory, NameMemoryWire>(
  emptyNameMemory(),
  (articles, memory) => articles.map((article) => extractArticleTags(article.text, article.publishedAt, memory)),
  decodeNameMemory,
);
