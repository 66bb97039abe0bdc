/** The URL path of an entity's tag page: `/tags/` and its (Arabic) slug, percent-encoded. */
export function tagPath(slug: string): string {
  return `/tags/${encodeURIComponent(slug)}`;
}
