/**
 * The cache key of a page request: its path and query in one spelling, so that spellings the router and
 * the query parser treat alike (`%d8%a7` or `%D8%A7` or a raw letter, a trailing slash, parameters in
 * another order, `+` or `%20`) share one entry. Pages must therefore depend on their path and query
 * parameters only, never on the raw URL's spelling.
 */

function normalizePath(path: string): string | undefined {
  const segments = path.split('/');
  try {
    const normalized = segments.map((segment) => encodeURIComponent(decodeURIComponent(segment))).join('/');
    // Fastify is set to ignore a trailing slash, so `/x/` is the page `/x`.
    return normalized.length > 1 && normalized.endsWith('/') ? normalized.slice(0, -1) : normalized;
  } catch {
    return undefined;
  }
}

/** Undefined for a URL that does not decode: such a request is answered without the cache. */
export function pageCacheKey(url: string): string | undefined {
  const queryStart = url.indexOf('?');
  const path = normalizePath(queryStart === -1 ? url : url.slice(0, queryStart));
  if (path === undefined) return undefined;
  if (queryStart === -1 || queryStart === url.length - 1) return path;
  const parameters = [...new URLSearchParams(url.slice(queryStart + 1))];
  if (parameters.length === 0) return path;
  // A stable sort: repeated parameters keep their order, which a page may rely on.
  parameters.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `${path}?${new URLSearchParams(parameters).toString()}`;
}
