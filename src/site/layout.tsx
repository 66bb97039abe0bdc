/** The frame every page shares: document head, header with the sections, footer. */
import type { ComponentChildren } from 'preact';
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

export function Layout(props: LayoutProps) {
  return (
    <html lang="ar" dir="rtl">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{props.title}</title>
        {props.description && <meta name="description" content={props.description} />}
        {props.canonicalUrl && <link rel="canonical" href={props.canonicalUrl} />}
        <meta name="color-scheme" content="light dark" />
        <link rel="icon" href={ICON_PATH} type="image/png" />
        <link rel="apple-touch-icon" href={ICON_PATH} />
        {PRELOADED_FONTS.map((href) => (
          <link rel="preload" href={href} as="font" type="font/woff2" crossOrigin="anonymous" />
        ))}
        <link rel="stylesheet" href={props.stylesheetPath} />
        {props.scriptPath && <script src={props.scriptPath} defer />}
        <link rel="alternate" type="application/rss+xml" title={strings.siteName} href="/feed.xml" />
        {props.head}
      </head>
      <body>
        <a class="skip-link" href="#content">
          {strings.skipToContent}
        </a>
        <header class="site-header">
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
              {props.navigation.map((category) => (
                <li>
                  <a href={category.path}>{category.name}</a>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        <main id="content" class="site-main">
          {props.children}
        </main>
        <footer class="site-footer">
          <p>{strings.footerNote}</p>
        </footer>
      </body>
    </html>
  );
}
