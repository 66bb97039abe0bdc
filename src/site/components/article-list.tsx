/** A list of article teasers, newest first, with the first one optionally shown as the lead story. */
import type { ArticleTeaserView } from '../article.presenter.ts';

function Teaser({ article, lead }: { article: ArticleTeaserView; lead: boolean }) {
  const Heading = lead ? 'h2' : 'h3';
  return (
    <article class={lead ? 'teaser teaser--lead' : 'teaser'}>
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
