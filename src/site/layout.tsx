/**
 * The frame every page shares: document head, header with the sections, footer. What no page changes
 * (the stylesheet, script, fonts and icons in the head; the header with the sections; the footer) is
 * rendered to HTML once per stylesheet and navigation and set as it is, rather than rendered again on
 * every request; the output is the same as rendering it all each time.
 */
import type { ComponentChildren } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { ICON_PATH } from './assets.routes.ts';
import { strings } from './strings.ts';
import type { CategoryLink } from './article.presenter.ts';

export interface LayoutProps {
  title: string;
  description?: string;
  canonicalUrl?: string;
  stylesheetPath: string;
  /** The site's script, loaded deferred; pages work without it. */
  scriptPath?: string;
  navigation: CategoryLink[];
  /** Extra elements for the head (structured data, alternates). */
  head?: ComponentChildren;
  children: ComponentChildren;
}

const PRELOADED_FONTS = ['/assets/fonts/noto-naskh-arabic-arabic-400-normal.woff2', '/assets/fonts/noto-kufi-arabic-arabic-700-normal.woff2'];

function SharedHead({ stylesheetPath, scriptPath }: Pick<LayoutProps, 'stylesheetPath' | 'scriptPath'>) {
  return (
    <>
      <meta name="color-scheme" content="light dark" />
      <link rel="icon" href={ICON_PATH} type="image/png" />
      <link rel="apple-touch-icon" href={ICON_PATH} />
      {PRELOADED_FONTS.map((href) => (
        <link rel="preload" href={href} as="font" type="font/woff2" crossOrigin="anonymous" />
      ))}
      <link rel="stylesheet" href={stylesheetPath} />
      {scriptPath && <script src={scriptPath} defer />}
      <link rel="alternate" type="application/rss+xml" title={strings.siteName} href="/feed.xml" />
    </>
  );
}

function SiteHeader({ navigation }: Pick<LayoutProps, 'navigation'>) {
  return (
    <>
      <div class="site-header__inner">
        <a class="site-name" href="/">
          {strings.siteName}
        </a>
        <p class="site-tagline">{strings.siteTagline}</p>
        <form class="header-search" action="/search" method="get" role="search" aria-label={strings.siteSearch}>
          <label class="visually-hidden" for="header-search-q">
            {strings.searchLabel}
          </label>
          <input id="header-search-q" type="search" name="q" placeholder={strings.search} maxLength={500} />
          <button type="submit">{strings.searchButton}</button>
        </form>
      </div>
      <nav class="site-nav" aria-label={strings.mainNavigation}>
        <ul>
          <li>
            <a href="/">{strings.home}</a>
          </li>
          {navigation.map((category) => (
            <li>
              <a href={category.path}>{category.name}</a>
            </li>
          ))}
        </ul>
      </nav>
    </>
  );
}

const sharedHeads = new Map<string, string>();
/** Per navigation list: `loadPageFrame` hands out the same list until the sections change. */
const siteHeaders = new WeakMap<CategoryLink[], string>();
const FOOTER = renderToString(<p>{strings.footerNote}</p>);

function sharedHeadHtml(stylesheetPath: string, scriptPath: string | undefined): string {
  const key = `${stylesheetPath}\u0000${scriptPath ?? ''}`;
  let html = sharedHeads.get(key);
  if (html === undefined) {
    html = renderToString(<SharedHead stylesheetPath={stylesheetPath} scriptPath={scriptPath} />);
    sharedHeads.set(key, html);
  }
  return html;
}

function siteHeaderHtml(navigation: CategoryLink[]): string {
  let html = siteHeaders.get(navigation);
  if (html === undefined) {
    html = renderToString(<SiteHeader navigation={navigation} />);
    siteHeaders.set(navigation, html);
  }
  return html;
}

export function Layout(props: LayoutProps) {
  const pageHead = renderToString(
    <>
      <meta charSet="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>{props.title}</title>
      {props.description && <meta name="description" content={props.description} />}
      {props.canonicalUrl && <link rel="canonical" href={props.canonicalUrl} />}
    </>,
  );
  const extraHead = props.head === undefined ? '' : renderToString(<>{props.head}</>);
  return (
    <html lang="ar" dir="rtl">
      <head dangerouslySetInnerHTML={{ __html: pageHead + sharedHeadHtml(props.stylesheetPath, props.scriptPath) + extraHead }} />
      <body>
        <a class="skip-link" href="#content">
          {strings.skipToContent}
        </a>
        <header class="site-header" dangerouslySetInnerHTML={{ __html: siteHeaderHtml(props.navigation) }} />
        <main id="content" class="site-main">
          {props.children}
        </main>
        <footer class="site-footer" dangerouslySetInnerHTML={{ __html: FOOTER }} />
      </body>
    </html>
  );
}
