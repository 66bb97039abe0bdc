/** The search page: the form with its filters, the result count, results with highlighted snippets, pagination. */
import { Layout, type LayoutProps } from '../layout.tsx';
import { strings } from '../strings.ts';
import { Pagination } from '../components/pagination.tsx';
import type { ArticleTeaserView } from '../article.presenter.ts';

export interface SearchResultView extends ArticleTeaserView {
  /** Safe HTML made by the search index: escaped original text with `<mark>` around matches. */
  snippetHtml: string;
}

export interface SearchFormValues {
  q: string;
  category: string;
  source: string;
  from: string;
  to: string;
  sort: 'relevance' | 'date';
  /** Slug of the entity tag the results must carry, or ''. */
  tag: string;
}

export interface SearchPageProps extends Omit<LayoutProps, 'children' | 'title'> {
  form: SearchFormValues;
  /** The name of the tag filtered on, when it names one. */
  tagName?: string | undefined;
  sections: { slug: string; name: string }[];
  sources: { key: string; name: string }[];
  total: number;
  results: SearchResultView[];
  page: number;
  pageCount: number;
  /** The query string of this search without `page`, to build pagination links. */
  queryString: string;
}

function SearchForm({ form, sections, sources, tagName }: Pick<SearchPageProps, 'form' | 'sections' | 'sources' | 'tagName'>) {
  return (
    <form class="search-form" action="/search" method="get" role="search" aria-label={strings.searchTitle}>
      <label class="visually-hidden" for="search-q">
        {strings.searchLabel}
      </label>
      <div class="search-form__main">
        <input id="search-q" type="search" name="q" value={form.q} placeholder={strings.searchPlaceholder} maxLength={500} />
        <button type="submit">{strings.searchButton}</button>
      </div>
      <fieldset class="search-form__filters">
        <legend>{strings.searchFilters}</legend>
        {form.tag && (
          <label>
            <input type="checkbox" name="tag" value={form.tag} checked /> {strings.withinTag(tagName ?? form.tag)}
          </label>
        )}
        <label>
          {strings.section}
          <select name="category">
            <option value="">{strings.allSections}</option>
            {sections.map((section) => (
              <option value={section.slug} selected={section.slug === form.category}>
                {section.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {strings.sourceFilter}
          <select name="source">
            <option value="">{strings.allSources}</option>
            {sources.map((source) => (
              <option value={source.key} selected={source.key === form.source}>
                {source.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {strings.dateFrom}
          <input type="date" name="from" value={form.from} />
        </label>
        <label>
          {strings.dateTo}
          <input type="date" name="to" value={form.to} />
        </label>
        <label>
          {strings.sortBy}
          <select name="sort">
            <option value="relevance" selected={form.sort === 'relevance'}>
              {strings.sortRelevance}
            </option>
            <option value="date" selected={form.sort === 'date'}>
              {strings.sortDate}
            </option>
          </select>
        </label>
      </fieldset>
    </form>
  );
}

function Results({ results }: { results: SearchResultView[] }) {
  return (
    <ol class="search-results">
      {results.map((result) => (
        <li class="search-result">
          {result.category && (
            <a class="kicker" href={result.category.path}>
              {result.category.name}
            </a>
          )}
          <h2 class="search-result__title">
            <a href={result.path}>{result.title}</a>
          </h2>
          <p class="search-result__snippet" dangerouslySetInnerHTML={{ __html: result.snippetHtml }} />
          <time class="teaser__date" dateTime={result.publishedAt}>
            {result.publishedLabel}
          </time>
        </li>
      ))}
    </ol>
  );
}

export function SearchPage({ form, sections, sources, tagName, total, results, page, pageCount, queryString, ...layout }: SearchPageProps) {
  const query = form.q.trim();
  const title = query ? `${strings.search}: ${query} — ${strings.siteName}` : `${strings.searchTitle} — ${strings.siteName}`;
  return (
    <Layout {...layout} title={title}>
      <h1 class="page-heading">{strings.searchTitle}</h1>
      <SearchForm form={form} sections={sections} sources={sources} tagName={tagName} />
      {query === '' ? (
        <p class="search-prompt">{strings.searchPrompt}</p>
      ) : total === 0 ? (
        <section class="no-results" aria-live="polite">
          <h2>{strings.noResultsTitle(query)}</h2>
          <ul>
            {strings.noResultsTips.map((tip) => (
              <li>{tip}</li>
            ))}
          </ul>
        </section>
      ) : (
        <>
          <p class="result-count" aria-live="polite">
            {strings.resultCount(total, query)}
          </p>
          <Results results={results} />
          <Pagination page={page} pageCount={pageCount} href={(target) => `/search?${queryString}${target > 1 ? `&page=${target}` : ''}`} />
        </>
      )}
    </Layout>
  );
}
