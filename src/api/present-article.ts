/** The API's view of an article: stable field names, absolute URLs, never a raw row. */
import { articlePath } from '../articles/article-path.ts';
import type { Article } from '../articles/article.ts';
import type { RelatedStories } from '../related/index.ts';
import type { ApiArticle, ApiArticleSummary, ApiRelatedLink } from './article.schema.ts';

export function presentApiArticleSummary(article: Article, baseUrl: string): ApiArticleSummary {
  return {
    id: article.id,
    externalId: article.externalId,
    title: article.title,
    url: `${baseUrl}${articlePath(article)}`,
    category: article.category && { slug: article.category.slug, name: article.category.name },
    source: article.source,
    publishedAt: article.publishedAt,
  };
}

export function presentRelatedLink(article: Pick<Article, 'id' | 'externalId' | 'title' | 'slug'>, baseUrl: string): ApiRelatedLink {
  return { id: article.id, externalId: article.externalId, title: article.title, url: `${baseUrl}${articlePath(article)}` };
}

/** All but what other stores add (`entities`: the route adds the article's tags). */
export function presentApiArticle(article: Article, baseUrl: string, stories: RelatedStories): Omit<ApiArticle, 'entities'> {
  return {
    ...presentApiArticleSummary(article, baseUrl),
    image: article.image,
    dateline: article.dateline,
    sections: article.sections,
    summary: article.summary,
    author: article.author,
    sourceUrl: article.sourceUrl,
    updatedAt: article.updatedAt,
    readAlso: stories.readAlso.map((story) => presentRelatedLink(story, baseUrl)),
    related: stories.related.map((story) => presentRelatedLink(story, baseUrl)),
    categoryAutoFiled: article.categoryAutoFiled,
    suggestedCategory: article.suggestedCategory && {
      slug: article.suggestedCategory.slug,
      name: article.suggestedCategory.name,
      confidence: Number(article.suggestedCategory.confidence.toFixed(4)),
    },
    duplicateOf: article.duplicateOf,
  };
}
