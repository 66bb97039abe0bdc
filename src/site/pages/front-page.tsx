/** The front page: the lead story and the latest news, «الأكثر قراءة» beside them, then a block per section. */
import { Layout, type LayoutProps } from '../layout.tsx';
import { ArticleList } from '../components/article-list.tsx';
import { pageHref, Pagination } from '../components/pagination.tsx';
import { strings } from '../strings.ts';
import type { ArticleTeaserView, CategoryLink } from '../article.presenter.ts';

export interface SectionBlockView {
  section: CategoryLink;
  articles: ArticleTeaserView[];
}

export interface FrontPageProps extends Omit<LayoutProps, 'children'> {
  latest: ArticleTeaserView[];
  pageCount: number;
  mostRead: ArticleTeaserView[];
  sections: SectionBlockView[];
}

function MostRead({ articles }: { articles: ArticleTeaserView[] }) {
  return (
    <aside class="most-read" aria-labelledby="most-read-heading">
      <h2 id="most-read-heading" class="block-heading">
        {strings.mostRead}
      </h2>
      {articles.length === 0 ? (
        <p class="empty">{strings.mostReadEmpty}</p>
      ) : (
        <ol class="most-read__list">
          {articles.map((article) => (
            <li>
              <a href={article.path}>{article.title}</a>
            </li>
          ))}
        </ol>
      )}
    </aside>
  );
}

function SectionBlock({ block }: { block: SectionBlockView }) {
  const headingId = `section-${block.section.path.split('/').pop()}`;
  return (
    <section class="section-block" aria-labelledby={headingId}>
      <h2 id={headingId} class="block-heading">
        <a href={block.section.path}>{block.section.name}</a>
      </h2>
      <ul class="section-block__list">
        {block.articles.map((article) => (
          <li class="section-block__item">
            <a href={article.path}>{article.title}</a>
            <time class="teaser__date" dateTime={article.publishedAt}>
              {article.publishedLabel}
            </time>
          </li>
        ))}
      </ul>
      <a class="section-block__more" href={block.section.path}>
        {strings.moreFrom(block.section.name)}
      </a>
    </section>
  );
}

export function FrontPage({ latest, pageCount, mostRead, sections, ...layout }: FrontPageProps) {
  return (
    <Layout {...layout}>
      <h1 class="visually-hidden">{strings.homeTitle}</h1>
      <div class="front">
        <section class="front__latest" aria-labelledby="latest-heading">
          <h2 id="latest-heading" class="block-heading">
            {strings.latestNews}
          </h2>
          {latest.length === 0 ? <p class="empty">{strings.noArticlesYet}</p> : <ArticleList articles={latest} withLead headingLevel={3} />}
          <Pagination page={1} pageCount={pageCount} href={(target) => pageHref('/', target)} />
        </section>
        <MostRead articles={mostRead} />
      </div>
      <div class="section-blocks">
        {sections.map((block) => (
          <SectionBlock block={block} />
        ))}
      </div>
    </Layout>
  );
}
