/**
 * Conditional GET (RFC 9110 §13.1.2 and §13.1.3): whether the reader's copy is still good, so that a
 * 304 without a body answers. `If-None-Match` wins over `If-Modified-Since` when both are sent; ETags
 * compare weakly, as they must for GET.
 */
import type { IncomingHttpHeaders } from 'node:http';

const opaque = (etag: string) => (etag.startsWith('W/') ? etag.slice(2) : etag);

function noneMatchHits(header: string, etag: string): boolean {
  if (header.trim() === '*') return true;
  const wanted = opaque(etag);
  return header.split(',').some((candidate) => opaque(candidate.trim()) === wanted);
}

export function isNotModified(headers: IncomingHttpHeaders, etag: string | undefined, lastModified: number | undefined): boolean {
  const noneMatch = headers['if-none-match'];
  if (noneMatch !== undefined) return etag !== undefined && noneMatchHits(noneMatch, etag);
  const modifiedSince = headers['if-modified-since'];
  if (modifiedSince === undefined || lastModified === undefined) return false;
  const since = Date.parse(modifiedSince);
  // HTTP dates have whole seconds; the stored time may have milliseconds.
  return !Number.isNaN(since) && Math.floor(lastModified / 1000) * 1000 <= since;
}
