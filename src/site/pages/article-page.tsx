/** The article page, laid out like a newspaper's: section, headline, date, photo caption, dateline, body. */
import { Layout, type LayoutProps } from '../layout.tsx';
import { strings } from '../strings.ts';
import type { ArticleView } from '../article.presenter.ts';

export interface ArticlePageProps extends Omit<LayoutProps, 'children' | 'title' | 'description' | 'canonicalUrl'> {
  article: ArticleView;
}

function Caption({ image }: { image: NonNullable<ArticleView['image']> }) {
  const details = [image.place, image.dateLabel].filter(Boolean).join('، ');
  return (
    <figure class="article__figure">
      <figcaption>
        <span class="article__caption">{image.caption}</span>
        {details && <span class="article__caption-details"> {details}</span>}
        {image.credit && (
          <span class="article__credit">
            {' '}
            {strings.photoCredit}: <bdi>{image.credit}</bdi>
          </span>
        )}
      </figcaption>
    </figure>
  );
}

export function ArticlePage({ article, ...layout }: ArticlePageProps) {
  return (
    <Layout {...layout} title={`${article.title} — ${strings.siteName}`} description={article.description} canonicalUrl={article.canonicalUrl}>
      <article class="article">
        <header class="article__header">
          {article.category && (
            <a class="kicker" href={article.category.path}>
              {article.category.name}
            </a>
          )}
          <h1 class="article__title">{article.title}</h1>
          <p class="article__meta">
            <span class="visually-hidden">{strings.publishedOn} </span>
            <time dateTime={article.publishedAt}>{article.publishedLabel}</time>
          </p>
        </header>
        {article.image && <Caption image={article.image} />}
        <div class="article__body">
          {article.dateline && (
            <p class="article__dateline">
              {article.dateline.place}
              {article.dateline.source && ` - ${article.dateline.source}`}
            </p>
          )}
          {article.sections.map((section) => (
            <section>
              {section.heading && <h2>{section.heading}</h2>}
              {section.paragraphs.map((paragraph) => (
                <p>{paragraph}</p>
              ))}
            </section>
          ))}
        </div>
        {article.source && (
          <footer class="article__source">
            {strings.source}: {article.source.url ? <a href={article.source.url} rel="nofollow noopener">{article.source.name}</a> : article.source.name}
          </footer>
        )}
      </article>
    </Layout>
  );
}
