/** Previous/next links between the pages of a list; the caller says how a page's URL is spelled. */
import { strings } from '../strings.ts';

export interface PaginationProps {
  page: number;
  pageCount: number;
  href: (page: number) => string;
}

/** Page 1 has no `?page=`, so that each list has one canonical URL. */
export function pageHref(basePath: string, page: number): string {
  return page <= 1 ? basePath : `${basePath}?page=${page}`;
}

export function Pagination({ page, pageCount, href }: PaginationProps) {
  if (pageCount <= 1) return null;
  return (
    <nav class="pagination" aria-label={strings.pagination}>
      {page > 1 && (
        <a rel="prev" href={href(page - 1)}>
          {strings.previousPage}
        </a>
      )}
      <span aria-current="page">{strings.pageNumber(page)}</span>
      {page < pageCount && (
        <a rel="next" href={href(page + 1)}>
          {strings.nextPage}
        </a>
      )}
    </nav>
  );
}
