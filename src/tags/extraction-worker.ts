/**
 * The entity extraction worker (worker_threads): extracts the tags and learned names of the articles
 * it is sent, with the name memory it was last sent, so that a bulk import extracts on another core
 * while the main thread writes. Started through extraction-worker.mjs, which registers tsx.
 */
import { parentPort } from 'node:worker_threads';
import { emptyNameMemory, type NameMemory } from '../entities/index.ts';
import { extractArticleTags } from './extract-article-tags.ts';
import type { WorkerReply, WorkerRequest } from './extraction-messages.ts';

if (!parentPort) throw new Error('extraction-worker.ts runs as a worker thread');
const port = parentPort;
let memory: NameMemory = emptyNameMemory();

port.on('message', (request: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    if (request.memory) memory = request.memory;
    reply = { id: request.id, results: request.articles.map((article) => extractArticleTags(article.text, article.publishedAt, memory)) };
  } catch (error) {
    reply = { id: request.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  port.postMessage(reply);
});
