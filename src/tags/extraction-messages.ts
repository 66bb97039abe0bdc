/** The messages between the extraction pool and its workers. */
import type { NameMemory } from '../entities/index.ts';
import type { ArticleExtraction } from './extract-article-tags.ts';

export interface TextToTag {
  /** As `entityTextOf` builds it. */
  text: string;
  publishedAt: string | null;
}

export interface WorkerRequest {
  id: number;
  articles: TextToTag[];
  /** Sent only when it changed since this worker's last request. */
  memory?: NameMemory;
}

export type WorkerReply = { id: number; results: ArticleExtraction[] } | { id: number; error: string };
