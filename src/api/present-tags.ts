/** The API's view of entity tags: absolute tag page URLs, canonical names. */
import type { ArticleEntityTag, EntityPage, EntityTag } from '../tags/tags.service.ts';
import { tagPath } from '../tags/tag-path.ts';
import { presentApiArticleSummary } from './present-article.ts';
import type { ApiArticleEntity } from './entity-tag.schema.ts';
import type { ApiTagResponse } from './tag.schema.ts';

const tagFields = (tag: EntityTag, baseUrl: string) => ({ type: tag.type, name: tag.name, slug: tag.slug, url: `${baseUrl}${tagPath(tag.slug)}` });

export function presentApiArticleEntities(tags: ArticleEntityTag[], baseUrl: string): ApiArticleEntity[] {
  return tags.map((tag) => ({ ...tagFields(tag, baseUrl), mentions: tag.mentions }));
}

export function presentApiTag(page: EntityPage, request: { limit: number; offset: number }, baseUrl: string): ApiTagResponse {
  return {
    tag: { ...tagFields(page.entity, baseUrl), articleCount: page.entity.articleCount },
    total: page.total,
    limit: request.limit,
    offset: request.offset,
    articles: page.articles.map((article) => presentApiArticleSummary(article, baseUrl)),
    related: page.companions.map((companion) => ({ ...tagFields(companion, baseUrl), shared: companion.shared })),
    timeline: page.timeline,
  };
}
