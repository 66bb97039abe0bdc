/** A list of article teasers, newest first, with the first one optionally shown as the lead story. */
import type { ArticleTeaserView } from '../article.presenter.ts';
import { Picture } from './picture.tsx';

/** The lead spans the list (about 50rem beside «الأكثر قراءة»); other teasers share a row, 18rem or more each. */
const LEAD_SIZES = '(min-width: 60rem) 50rem, 100vw';
const TEASER_SIZES = '(min-width: 40rem) 22rem, 100vw';

function Teaser({ article, lead }: { article: ArticleTeaserView; lead: boolean }) {
  const Heading = lead ? 'h2' : 'h3';
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

export function ArticleList({ articles, withLead }: { articles: ArticleTeaserView[]; withLead: boolean }) {
  return (
    <div class="article-list">
      {articles.map((article, index) => (
        <Teaser article={article} lead={withLead && index === 0} />
      ))}
    </div>
  );
}
