/** Previous/next links between pages of a list; page 1 has no `?page=` so each list has one canonical URL. */
import { strings } from '../strings.ts';

export interface PaginationProps {
  basePath: string;
  page: number;
  pageCount: number;
}

export function pageHref(basePath: string, page: number): string {
  return page <= 1 ? basePath : `${basePath}?page=${page}`;
}

export function Pagination({ basePath, page, pageCount }: PaginationProps) {
  if (pageCount <= 1) return null;
  return (
    <nav class="pagination" aria-label={strings.pagination}>
      {page > 1 && (
        <a rel="prev" href={pageHref(basePath, page - 1)}>
          {strings.previousPage}
        </a>
      )}
      <span aria-current="page">{strings.pageNumber(page)}</span>
      {page < pageCount && (
        <a rel="next" href={pageHref(basePath, page + 1)}>
          {strings.nextPage}
        </a>
      )}
    </nav>
  );
}
