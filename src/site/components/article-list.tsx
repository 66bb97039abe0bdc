/** A list of article teasers, newest first, with the first one optionally shown as the lead story. */
import type { ArticleTeaserView } from '../article.presenter.ts';
import { Picture } from './picture.tsx';

/** The lead spans the list (about 50rem beside «الأكثر قراءة»); other teasers share a row, 18rem or more each. */
const LEAD_SIZES = '(min-width: 60rem) 50rem, 100vw';
const TEASER_SIZES = '(min-width: 40rem) 22rem, 100vw';

/** Teasers are headings one level below the heading of the list they are in. */
type TeaserHeadingLevel = 2 | 3;

function Teaser({ article, lead, headingLevel }: { article: ArticleTeaserView; lead: boolean; headingLevel: TeaserHeadingLevel }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article class={lead ? 'teaser teaser--lead' : 'teaser'}>
      {article.photo && (
        <a class="teaser__photo" href={article.path} tabIndex={-1} aria-hidden="true">
          <Picture picture={article.photo} sizes={lead ? LEAD_SIZES : TEASER_SIZES} eager={lead} />
        </a>
      )}
      {article.category && (
        <a class="kicker" href={article.category.path}>
          {article.category.name}
        </a>
      )}
      <Heading class="teaser__title">
        <a href={article.path}>{article.title}</a>
      </Heading>
      <p class="teaser__excerpt">{article.excerpt}</p>
      <time class="teaser__date" dateTime={article.publishedAt} data-relative="">
        {article.publishedLabel}
      </time>
    </article>
  );
}

export interface ArticleListProps {
  articles: ArticleTeaserView[];
  withLead: boolean;
  /** 2 under a page's h1 (the default), 3 inside a block with its own h2. */
  headingLevel?: TeaserHeadingLevel;
}

export function ArticleList({ articles, withLead, headingLevel = 2 }: ArticleListProps) {
  return (
    <div class="article-list">
      {articles.map((article, index) => (
        <Teaser article={article} lead={withLead && index === 0} headingLevel={headingLevel} />
      ))}
    </div>
  );
}
