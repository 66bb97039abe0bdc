/** The sections, sources and story counts that pages list, read once per content version rather than on every render. */
import { countPublishedArticles, listPublishedSources, type ArticleFilter } from '../articles/article.repository.ts';
import { getCategories } from '../articles/article.service.ts';
import { byContentVersion, byContentVersionAndKey } from '../publishing/by-content-version.ts';

export const getSectionsOnce = byContentVersion(getCategories);

/** The sources with published articles, most prolific first (a GROUP BY over all articles). */
export const getSourcesOnce = byContentVersion(listPublishedSources);

/** How many stories a list holds, for its pagination (a count over all the list's articles). */
export const countStoriesOnce = byContentVersionAndKey(countPublishedArticles, (filter: ArticleFilter) => `${filter.categoryId ?? ''}\u0000${filter.source ?? ''}`);
