/** The article page, laid out like a newspaper's: section, headline, date, photo caption, dateline, body. */
import { Layout, type LayoutProps } from '../layout.tsx';
import { strings } from '../strings.ts';
import type { ArticleView } from '../article.presenter.ts';
import { breadcrumbJsonLd, newsArticleJsonLd } from '../seo/json-ld.ts';
import { JsonLdScript, SocialMeta } from '../seo/social-meta.tsx';
import { ShareLinks } from '../components/share-links.tsx';
import { EntityTags } from '../components/entity-tags.tsx';
import type { TagLinkView } from '../tag.presenter.ts';
import { Picture } from '../components/picture.tsx';
import { VIEW_BEACON_PATH } from '../../most-read/view-beacon.schema.ts';

/** The article column is 42rem wide at most (`--measure`), the full screen width below that. */
const LEAD_IMAGE_SIZES = '(min-width: 44rem) 42rem, 100vw';

export interface ArticlePageProps extends Omit<LayoutProps, 'children' | 'title' | 'description' | 'canonicalUrl'> {
  article: ArticleView;
  /** The people, places and organizations it names, most named first. */
  tags?: TagLinkView[];
}

/** The lead photo with its caption, the photo alone, or the caption alone when the copy names a photo we do not have. */
function LeadFigure({ image, photo }: Pick<ArticleView, 'image' | 'photo'>) {
  const details = image ? [image.place, image.dateLabel].filter(Boolean).join('، ') : '';
  return (
    <figure class={photo ? 'article__figure article__figure--photo' : 'article__figure'}>
      {photo && <Picture picture={photo} sizes={LEAD_IMAGE_SIZES} eager />}
      {image && (
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
      )}
    </figure>
  );
}

function Breadcrumbs({ crumbs }: { crumbs: ArticleView['breadcrumbs'] }) {
  const links = crumbs.slice(0, -1);
  return (
    <nav class="breadcrumbs" aria-label={strings.breadcrumbs}>
      <ol>
        {links.map((crumb) => (
          <li>
            <a href={new URL(crumb.url).pathname}>{crumb.name}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** The source's page on this site, and the story where the source published it. */
function SourceLine({ source }: { source: NonNullable<ArticleView['source']> }) {
  return (
    <footer class="article__source">
      {source.path && (
        <>
          {strings.source}: <a href={source.path}>{source.name}</a>
        </>
      )}
      {source.path && source.url && ' · '}
      {source.url && (
        <a href={source.url} rel="nofollow noopener">
          {strings.readOriginal}
        </a>
      )}
    </footer>
  );
}

function ArticleHead({ article }: { article: ArticleView }) {
  const baseUrl = new URL(article.canonicalUrl).origin;
  return (
    <>
      <SocialMeta
        type="article"
        title={article.title}
        description={article.description}
        url={article.canonicalUrl}
        publishedAt={article.publishedAt}
        modifiedAt={article.updatedAt}
        {...(article.category ? { section: article.category.name } : {})}
        {...(article.photo ? { image: { ...article.photo.card, alt: article.photo.alt } } : {})}
      />
      <JsonLdScript data={newsArticleJsonLd(article, { baseUrl })} />
      <JsonLdScript data={breadcrumbJsonLd(article.breadcrumbs)} />
    </>
  );
}

export function ArticlePage({ article, tags = [], ...layout }: ArticlePageProps) {
  return (
    <Layout
      {...layout}
      title={`${article.title} — ${strings.siteName}`}
      description={article.description}
      canonicalUrl={article.canonicalUrl}
      head={<ArticleHead article={article} />}
    >
      <Breadcrumbs crumbs={article.breadcrumbs} />
      <article class="article" data-article-id={article.id} data-beacon={VIEW_BEACON_PATH}>
        <header class="article__header">
          {article.category && (
            <a class="kicker" href={article.category.path}>
              {article.category.name}
            </a>
          )}
          <h1 class="article__title">{article.title}</h1>
          <p class="article__meta">
            <span class="visually-hidden">{strings.publishedOn} </span>
            <time dateTime={article.publishedAt} data-relative="">
              {article.publishedLabel}
            </time>
          </p>
          <ShareLinks url={article.canonicalUrl} title={article.title} />
        </header>
        {(article.image || article.photo) && <LeadFigure image={article.image} photo={article.photo} />}
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
        {article.original && (
          <p class="article__original">
            {strings.firstPublishedAs}: <a href={article.original.path}>{article.original.title}</a>
          </p>
        )}
        <EntityTags tags={tags} />
        {article.source && <SourceLine source={article.source} />}
        <p class="print-url">
          {strings.articleLink}: <bdi>{article.canonicalUrl}</bdi>
        </p>
      </article>
    </Layout>
  );
}
