/** Turns articles into what the site's pages show: paths, Arabic date labels, source names, teasers. */
import { formatArabicDate, formatArabicDateTime } from '../arabic/format-date.ts';
import { articlePath } from '../articles/article-path.ts';
import { slugify } from '../arabic/slug.ts';
import { articleLede, teaserLede, type Article, type ArticleSection, type ArticleTeaser, type Dateline } from '../articles/article.ts';
import { sourceName, strings } from './strings.ts';
import type { RelatedHeadline, RelatedStories } from '../related/index.ts';
import { presentPicture, type PictureView, type StoredImageFacts } from './picture.presenter.ts';

export interface CategoryLink {
  name: string;
  path: string;
}

export interface ArticleTeaserView {
  id: number;
  path: string;
  title: string;
  excerpt: string;
  publishedAt: string;
  publishedLabel: string;
  category: CategoryLink | null;
  /** The lead image, when the article has one. */
  photo: PictureView | null;
}

/** A card of «قصص قد تهمك»: headline, section and date, without a lede or a photo. */
export type RelatedCardView = Pick<ArticleTeaserView, 'id' | 'path' | 'title' | 'publishedAt' | 'publishedLabel' | 'category'>;

/** A link to a related story set inside the body («اقرأ أيضاً»). */
export interface RelatedLinkView {
  path: string;
  title: string;
}

export interface ArticleView extends ArticleTeaserView {
  /** The article's own URL, or its original's when it is a copy of another article (src/duplicates). */
  canonicalUrl: string;
  /** The first stored article of the story, when this one is a copy of it. */
  original: { title: string; path: string } | null;
  updatedAt: string;
  /** Home, the article's section, the article: as links for readers and BreadcrumbList for search engines. */
  breadcrumbs: { name: string; url: string }[];
  description: string;
  image: { caption: string; credit: string | null; place: string | null; dateLabel: string | null } | null;
  dateline: Dateline | null;
  sections: ArticleSection[];
  /** `path` is the source's page on this site, `url` the story at the source. */
  source: { name: string; path: string | null; url: string | null } | null;
  author: string | null;
  /** «اقرأ أيضاً», shown inside the body. */
  readAlso: RelatedLinkView[];
  /** «قصص قد تهمك», shown after it. */
  related: RelatedCardView[];
}

export interface PresenterContext {
  baseUrl: string;
  timeZone: string;
}

/** Shortens text at a word boundary, for descriptions and teasers. */
export function excerpt(text: string, maxLength: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= maxLength) return flat;
  const cut = flat.slice(0, maxLength);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s،,.؛:]+$/, '')}…`;
}

/** A date-only timestamp (midnight UTC, as from a caption's date) is shown without a time of day. */
function publishedLabel(iso: string, timeZone: string): string {
  const date = new Date(iso);
  const dateOnly = iso.endsWith('T00:00:00.000Z');
  return dateOnly ? formatArabicDate(date, 'UTC') : formatArabicDateTime(date, timeZone);
}

export function sourceSlug(source: string): string {
  return slugify(source);
}

export function sourcePath(source: string): string {
  return `/sources/${encodeURIComponent(sourceSlug(source))}`;
}

export function categoryLink(category: Article['category']): CategoryLink | null {
  return category ? { name: category.name, path: `/categories/${encodeURIComponent(category.slug)}` } : null;
}

/** A teaser from a whole article or from an article as lists read it (without its body). */
export function presentArticleTeaser(article: Article | ArticleTeaser, context: PresenterContext, image?: StoredImageFacts): ArticleTeaserView {
  return {
    id: article.id,
    path: articlePath(article),
    title: article.title,
    excerpt: excerpt('sections' in article ? articleLede(article) : teaserLede(article), 220),
    publishedAt: article.publishedAt,
    publishedLabel: publishedLabel(article.publishedAt, context.timeZone),
    category: categoryLink(article.category),
    // A photo's alt text is its caption; without one, the headline says what the photo illustrates.
    photo: image ? presentPicture(image, article.image?.caption ?? article.title, context.baseUrl) : null,
  };
}

export function presentRelatedCard(story: RelatedHeadline, context: PresenterContext): RelatedCardView {
  return {
    id: story.id,
    path: articlePath(story),
    title: story.title,
    publishedAt: story.publishedAt,
    publishedLabel: publishedLabel(story.publishedAt, context.timeZone),
    category: categoryLink(story.category),
  };
}

export function presentArticle(
  article: Article,
  context: PresenterContext,
  image?: StoredImageFacts,
  original?: Pick<Article, 'id' | 'slug' | 'title'>,
  stories: RelatedStories<RelatedHeadline> = { readAlso: [], related: [] },
): ArticleView {
  const teaser = presentArticleTeaser(article, context, image);
  const originalPath = original ? articlePath(original) : null;
  const canonicalUrl = `${context.baseUrl}${originalPath ?? teaser.path}`;
  return {
    ...teaser,
    canonicalUrl,
    original: original && originalPath ? { title: original.title, path: originalPath } : null,
    updatedAt: article.updatedAt,
    breadcrumbs: [
      { name: strings.home, url: `${context.baseUrl}/` },
      ...(teaser.category ? [{ name: teaser.category.name, url: `${context.baseUrl}${teaser.category.path}` }] : []),
      { name: article.title, url: canonicalUrl },
    ],
    description: excerpt(articleLede(article), 160),
    image: article.image && {
      caption: article.image.caption,
      credit: article.image.credit,
      place: article.image.place,
      dateLabel: article.image.date ? formatArabicDate(new Date(`${article.image.date}T00:00:00Z`), 'UTC') : null,
    },
    dateline: article.dateline,
    sections: article.sections,
    source:
      article.source || article.sourceUrl
        ? { name: sourceName(article.source ?? ''), path: article.source ? sourcePath(article.source) : null, url: article.sourceUrl }
        : null,
    author: article.author,
    readAlso: stories.readAlso.map((story) => ({ path: articlePath(story), title: story.title })),
    related: stories.related.map((story) => presentRelatedCard(story, context)),
  };
}
