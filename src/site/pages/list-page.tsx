/** A page of article teasers: the home page and each category page. */
import { Layout, type LayoutProps } from '../layout.tsx';
import { ArticleList } from '../components/article-list.tsx';
import { pageHref, Pagination } from '../components/pagination.tsx';
import { strings } from '../strings.ts';
import type { ArticleTeaserView } from '../article.presenter.ts';

export interface ListPageProps extends Omit<LayoutProps, 'children'> {
  heading: string;
  articles: ArticleTeaserView[];
  basePath: string;
  page: number;
  pageCount: number;
}

export function ListPage({ heading, articles, basePath, page, pageCount, ...layout }: ListPageProps) {
  return (
    <Layout {...layout}>
      <h1 class="page-heading">{heading}</h1>
      {articles.length === 0 ? <p class="empty">{strings.noArticlesYet}</p> : <ArticleList articles={articles} withLead={page === 1} />}
      <Pagination page={page} pageCount={pageCount} href={(target) => pageHref(basePath, target)} />
    </Layout>
  );
}
