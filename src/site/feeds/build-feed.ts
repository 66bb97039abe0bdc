/** Builds the RSS 2.0 and Atom feeds of a list of articles with the `feed` package. */
import { Feed } from 'feed';
import type { ArticleTeaserView } from '../article.presenter.ts';
import { strings } from '../strings.ts';

export interface FeedDescription {
  title: string;
  description: string;
  /** The page the feed mirrors, absolute. */
  pageUrl: string;
  /** The feed's own URLs, absolute. */
  rssUrl: string;
  atomUrl: string;
}

export function buildFeed(description: FeedDescription, articles: ArticleTeaserView[], baseUrl: string): Feed {
  const updated = articles[0] ? new Date(articles[0].publishedAt) : new Date(0);
  const feed = new Feed({
    title: description.title,
    description: description.description,
    id: description.pageUrl,
    link: description.pageUrl,
    language: 'ar',
    copyright: `© ${strings.siteName}`,
    updated,
    generator: 'Sahifa',
    feedLinks: { rss: description.rssUrl, atom: description.atomUrl },
  });
  for (const article of articles) {
    const url = `${baseUrl}${article.path}`;
    feed.addItem({
      title: article.title,
      id: url,
      link: url,
      description: article.excerpt,
      date: new Date(article.publishedAt),
      ...(article.category ? { category: [{ name: article.category.name, domain: `${baseUrl}${article.category.path}` }] } : {}),
    });
  }
  return feed;
}
