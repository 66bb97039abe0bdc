/** One article's extraction as the tag store needs it: its tags and the names it teaches. Runs on the main thread or in the extraction worker. */
import { extractEntitiesDetailed, type LearnedName, type NameMemory } from '../entities/index.ts';
import { tagsOf, type ArticleTag } from './article-tags.ts';

export interface ArticleExtraction {
  tags: ArticleTag[];
  learned: LearnedName[];
}

export function extractArticleTags(text: string, publishedAt: string | null, knownNames: NameMemory): ArticleExtraction {
  const { entities, learned } = extractEntitiesDetailed(text, { publishedAt, knownNames });
  return { tags: tagsOf(entities), learned };
}
