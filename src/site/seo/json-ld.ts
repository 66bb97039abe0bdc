/** Schema.org structured data (NewsArticle, BreadcrumbList) for search engines, and its safe embedding in HTML. */
import type { ArticleView } from '../article.presenter.ts';
import { strings } from '../strings.ts';

export interface SiteIdentity {
  baseUrl: string;
}

export interface Crumb {
  name: string;
  url: string;
}

export function newsArticleJsonLd(article: ArticleView, site: SiteIdentity): Record<string, unknown> {
  const publisher = { '@type': 'Organization', name: strings.siteName, url: `${site.baseUrl}/` };
  const author = article.author
    ? { '@type': 'Person', name: article.author }
    : { '@type': 'Organization', name: article.source?.name ?? strings.siteName };
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.description,
    inLanguage: 'ar',
    datePublished: article.publishedAt,
    dateModified: article.updatedAt,
    mainEntityOfPage: { '@type': 'WebPage', '@id': article.canonicalUrl },
    url: article.canonicalUrl,
    ...(article.category ? { articleSection: article.category.name } : {}),
    ...(article.dateline ? { dateline: article.dateline.place } : {}),
    ...(article.photo ? { image: [{ '@type': 'ImageObject', url: article.photo.card.url, width: article.photo.card.width, height: article.photo.card.height }] } : {}),
    author,
    publisher,
  };
}

export function breadcrumbJsonLd(crumbs: Crumb[]): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({ '@type': 'ListItem', position: index + 1, name: crumb.name, item: crumb.url })),
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` is escaped so that no text can close the script. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
