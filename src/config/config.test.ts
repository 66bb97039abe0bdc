import { describe, expect, it } from 'vitest';
import os from 'node:os';
import { ConfigError, loadConfig, MAX_AUTO_WORKERS } from './config.ts';

describe('loadConfig', () => {
  it('uses the documented defaults', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.host).toBe('127.0.0.1');
    expect(config.databasePath.endsWith('/data/sahifa.db')).toBe(true);
    expect(config.baseUrl).toBe('http://127.0.0.1:3000');
    expect(config.timeZone).toBe('UTC');
    expect(config.imagesDirectory.endsWith('/data/images')).toBe(true);
    expect(config.pageCacheBytes).toBe(64 * 1024 * 1024);
  });

  it('keeps images beside the database file unless SAHIFA_IMAGES_DIR says otherwise', () => {
    expect(loadConfig({}, { databasePath: '/srv/news/sahifa.db' }).imagesDirectory).toBe('/srv/news/images');
    expect(loadConfig({ SAHIFA_IMAGES_DIR: '/mnt/photos' }, { databasePath: '/srv/news/sahifa.db' }).imagesDirectory).toBe('/mnt/photos');
  });

  it('trusts X-Forwarded-For only from the proxies SAHIFA_TRUST_PROXY names', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ SAHIFA_TRUST_PROXY: '0' }).trustProxy).toBe(false);
    expect(loadConfig({ SAHIFA_TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ SAHIFA_TRUST_PROXY: '127.0.0.1, 10.0.0.0/8,::1,loopback' }).trustProxy).toEqual(['127.0.0.1', '10.0.0.0/8', '::1', 'loopback']);
    for (const value of ['true', '11', '10.0.0.0/33', 'proxy.example', '127.0.0.1,', '::1/129']) {
      expect(() => loadConfig({ SAHIFA_TRUST_PROXY: value })).toThrow(/SAHIFA_TRUST_PROXY/);
    }
  });

  it('sizes the page cache in megabytes, 0 turning it off', () => {
    expect(loadConfig({ SAHIFA_PAGE_CACHE_MB: '8' }).pageCacheBytes).toBe(8 * 1024 * 1024);
    expect(loadConfig({ SAHIFA_PAGE_CACHE_MB: '0' }).pageCacheBytes).toBe(0);
  });

  it('serves with one process per core (at most four) unless SAHIFA_WORKERS or --workers say otherwise', () => {
    expect(loadConfig({}).workers).toBe(Math.min(os.availableParallelism(), MAX_AUTO_WORKERS));
    expect(loadConfig({ SAHIFA_WORKERS: 'auto' }).workers).toBe(Math.min(os.availableParallelism(), MAX_AUTO_WORKERS));
    expect(loadConfig({ SAHIFA_WORKERS: '3' }).workers).toBe(3);
    expect(loadConfig({ SAHIFA_WORKERS: '3' }, { workers: '1' }).workers).toBe(1);
    // A database in memory lives in one process.
    expect(loadConfig({}, { databasePath: ':memory:' }).workers).toBe(1);
    expect(() => loadConfig({ SAHIFA_WORKERS: '2' }, { databasePath: ':memory:' })).toThrow(/SAHIFA_WORKERS must be 1 for a database in memory/);
  });

  it('reads the environment, and command-line overrides win', () => {
    const config = loadConfig(
      { SAHIFA_DB: '/tmp/a.db', PORT: '8080', HOST: '0.0.0.0', SAHIFA_BASE_URL: 'https://news.example/', SAHIFA_TIMEZONE: 'Asia/Riyadh' },
      { databasePath: '/tmp/b.db' },
    );
    expect(config).toMatchObject({
      databasePath: '/tmp/b.db',
      port: 8080,
      host: '0.0.0.0',
      baseUrl: 'https://news.example',
      timeZone: 'Asia/Riyadh',
    });
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT must be a whole number/],
    [{ PORT: '70000' }, /PORT must be a whole number/],
    [{ PORT: '-1' }, /PORT must be a whole number/],
    [{ SAHIFA_BASE_URL: 'news.example' }, /SAHIFA_BASE_URL must be an absolute/],
    [{ SAHIFA_BASE_URL: 'ftp://news.example' }, /must use http or https/],
    [{ SAHIFA_TIMEZONE: 'Mars/Olympus' }, /SAHIFA_TIMEZONE must be an IANA time zone/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL must be one of/],
    [{ HOST: ' ' }, /HOST must not be empty/],
    [{ SAHIFA_PAGE_CACHE_MB: 'off' }, /SAHIFA_PAGE_CACHE_MB must be a whole number of megabytes/],
    [{ SAHIFA_PAGE_CACHE_MB: '1.5' }, /SAHIFA_PAGE_CACHE_MB must be a whole number of megabytes/],
    [{ SAHIFA_PAGE_CACHE_MB: '99999' }, /SAHIFA_PAGE_CACHE_MB must be a whole number of megabytes/],
    [{ SAHIFA_WORKERS: '0' }, /SAHIFA_WORKERS must be "auto" or a whole number from 1 to 64/],
    [{ SAHIFA_WORKERS: 'many' }, /SAHIFA_WORKERS must be "auto" or a whole number from 1 to 64/],
    [{ SAHIFA_WORKERS: '65' }, /SAHIFA_WORKERS must be "auto" or a whole number from 1 to 64/],
  ])('refuses %o with a clear message', (environment, message) => {
    expect(() => loadConfig(environment)).toThrow(ConfigError);
    expect(() => loadConfig(environment)).toThrow(message);
  });
});
