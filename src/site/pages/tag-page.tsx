/** An entity's tag page: its stories newest first with pagination, the entities named with it, and its stories month by month. */
import { Layout, type LayoutProps } from '../layout.tsx';
import { ArticleList } from '../components/article-list.tsx';
import { pageHref, Pagination } from '../components/pagination.tsx';
import type { ArticleTeaserView } from '../article.presenter.ts';
import { JsonLdScript, SocialMeta } from '../seo/social-meta.tsx';
import type { TagLinkView, TimelineMonthView } from '../tag.presenter.ts';
import { strings } from '../strings.ts';

export interface TagPageProps extends Omit<LayoutProps, 'children' | 'head'> {
  tag: TagLinkView;
  description: string;
  canonicalUrl: string;
  articleCount: number;
  articles: ArticleTeaserView[];
  companions: TagLinkView[];
  timeline: TimelineMonthView[];
  page: number;
  pageCount: number;
  /** Absolute URLs of the tag's feeds. */
  feeds: { rss: string; atom: string };
  /** Schema.org data for the page (CollectionPage, BreadcrumbList). */
  jsonLd: Record<string, unknown>[];
}

function Timeline({ months }: { months: TimelineMonthView[] }) {
  return (
    <section class="tag-timeline" aria-labelledby="tag-timeline-heading">
      <h2 id="tag-timeline-heading">{strings.tagTimeline}</h2>
      <ol class="tag-timeline__months">
        {months.map((month) => (
          <li>
            <time dateTime={month.month}>{month.label}</time>
            <span class="tag-timeline__bar" style={{ inlineSize: `${month.percent}%` }} aria-hidden="true" />
            <span class="tag-timeline__count">{strings.storyCount(month.count)}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}

export function TagPage({ tag, articleCount, articles, companions, timeline, page, pageCount, feeds, jsonLd, ...layout }: TagPageProps) {
  const head = (
    <>
      <SocialMeta type="website" title={layout.title} description={layout.description} url={layout.canonicalUrl} />
      <link rel="alternate" type="application/rss+xml" title={`${tag.name} — RSS`} href={feeds.rss} />
      <link rel="alternate" type="application/atom+xml" title={`${tag.name} — Atom`} href={feeds.atom} />
      {jsonLd.map((data) => (
        <JsonLdScript data={data} />
      ))}
    </>
  );
  return (
    <Layout {...layout} head={head}>
      <header class="tag-header">
        <p class="kicker">{tag.typeLabel}</p>
        <h1 class="page-heading">{strings.tagPageTitle(tag.name)}</h1>
        <p class="tag-header__count">{strings.storyCount(articleCount)}</p>
      </header>
      <div class="tag-layout">
        <div class="tag-layout__stories">
          <ArticleList articles={articles} withLead={false} />
          <Pagination page={page} pageCount={pageCount} href={(target) => pageHref(tag.path, target)} />
        </div>
        <aside class="tag-layout__aside">
          {companions.length > 0 && (
            <section class="tag-companions" aria-labelledby="tag-companions-heading">
              <h2 id="tag-companions-heading">{strings.tagCompanions}</h2>
              <ul class="entity-tags__list">
                {companions.map((companion) => (
                  <li>
                    <a class={`entity-tag entity-tag--${companion.type.toLowerCase()}`} href={companion.path} rel="tag" title={companion.typeLabel}>
                      {companion.name}
                    </a>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {timeline.length > 0 && <Timeline months={timeline} />}
          <p class="tag-feeds">
            {strings.tagFeeds}: <a href={new URL(feeds.rss).pathname}>{strings.rssFeed}</a> · <a href={new URL(feeds.atom).pathname}>{strings.atomFeed}</a>
          </p>
        </aside>
      </div>
    </Layout>
  );
}
