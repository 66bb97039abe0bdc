/** The sections and sources that pages list, read once per content version rather than on every render. */
import { listPublishedSources } from '../articles/article.repository.ts';
import { getCategories } from '../articles/article.service.ts';
import { byContentVersion } from '../publishing/by-content-version.ts';

export const getSectionsOnce = byContentVersion(getCategories);

/** The sources with published articles, most prolific first (a GROUP BY over all articles). */
export const getSourcesOnce = byContentVersion(listPublishedSources);
