import { describe, expect, it } from 'vitest';
import { pageCacheKey } from './cache-key.ts';
import { chooseEncoding } from './compress-page.ts';
import { isNotModified } from './conditional.ts';

describe('pageCacheKey', () => {
  it.each([
    ['/', '/'],
    ['/?', '/'],
    ['/categories/economy/', '/categories/economy'],
    ['/articles/1/%d8%a7%d9%84', '/articles/1/%D8%A7%D9%84'],
    ['/articles/1/ال', '/articles/1/%D8%A7%D9%84'],
    ['/search?sort=date&q=a+b', '/search?q=a+b&sort=date'],
    ['/search?q=a%20b&sort=date', '/search?q=a+b&sort=date'],
    ['/search?tag=b&q=x&tag=a', '/search?q=x&tag=b&tag=a'],
    ['/a%2Fb', '/a%2Fb'],
  ])('%s → %s', (url, key) => {
    expect(pageCacheKey(url)).toBe(key);
  });

  it('leaves a URL that does not decode to the route', () => {
    expect(pageCacheKey('/articles/%ff')).toBeUndefined();
  });
});

describe('chooseEncoding', () => {
  it.each([
    [undefined, undefined],
    ['', undefined],
    ['gzip, deflate, br', 'br'],
    ['gzip', 'gzip'],
    ['deflate', undefined],
    ['br;q=0.5, gzip', 'gzip'],
    ['gzip;q=0.5, br;q=0.9', 'br'],
    ['identity', undefined],
    ['*', 'br'],
    ['*;q=0, gzip', 'gzip'],
    ['br;q=0, gzip;q=0', undefined],
  ])('%s → %s', (header, encoding) => {
    expect(chooseEncoding(header)).toBe(encoding);
  });
});

describe('isNotModified', () => {
  const etag = 'W/"abc"';
  const lastModified = Date.parse('Tue, 28 Feb 2023 10:00:00 GMT') + 250;
  it.each([
    [{ 'if-none-match': 'W/"abc"' }, true],
    [{ 'if-none-match': '"abc"' }, true],
    [{ 'if-none-match': '"x", W/"abc"' }, true],
    [{ 'if-none-match': '*' }, true],
    [{ 'if-none-match': 'W/"abd"' }, false],
    [{ 'if-modified-since': 'Tue, 28 Feb 2023 10:00:00 GMT' }, true],
    [{ 'if-modified-since': 'Tue, 28 Feb 2023 09:59:59 GMT' }, false],
    [{ 'if-modified-since': 'yesterday' }, false],
    [{ 'if-none-match': 'W/"abd"', 'if-modified-since': 'Tue, 28 Feb 2023 10:00:00 GMT' }, false],
    [{}, false],
  ])('%o → %s', (headers, expected) => {
    expect(isNotModified(headers, etag, lastModified)).toBe(expected);
  });
});
