/** The one validated configuration of Sahifa, read from the environment once at boot. */
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface SahifaConfig {
  /** Path of the embedded SQLite database file. */
  databasePath: string;
  /** Folder of the lead images and their variants; by default `images/` beside the database file. */
  imagesDirectory: string;
  port: number;
  host: string;
  /** Public origin used in canonical URLs and feeds, without a trailing slash. */
  baseUrl: string;
  /** IANA time zone in which dates are shown to readers. */
  timeZone: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Memory bound of the in-process cache of rendered pages, in bytes; 0 turns the cache off. */
  pageCacheBytes: number;
  /**
   * The reverse proxies whose `X-Forwarded-For` tells the reader's address (Fastify's `trustProxy`): false
   * for none (the connection's address is the reader's), a number of proxies in front, or their addresses.
   */
  trustProxy: false | number | string[];
  /**
   * How many processes `sahifa serve` answers requests with (node:cluster, all on the one database); 1
   * serves from the command's own process.
   */
  workers: number;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

type Environment = Record<string, string | undefined>;

function readPort(value: string | undefined): number {
  if (value === undefined || value === '') return 3000;
  if (!/^\d+$/.test(value)) throw new ConfigError(`PORT must be a whole number between 0 and 65535, got "${value}"`);
  const port = Number(value);
  if (port > 65535) throw new ConfigError(`PORT must be a whole number between 0 and 65535, got "${value}"`);
  return port;
}

function readBaseUrl(value: string | undefined, host: string, port: number): string {
  if (value === undefined || value === '') {
    const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
    return `http://${shownHost}:${port}`;
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(`SAHIFA_BASE_URL must be an absolute http(s) URL, got "${value}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigError(`SAHIFA_BASE_URL must use http or https, got "${value}"`);
  }
  if (url.search || url.hash) throw new ConfigError(`SAHIFA_BASE_URL must not have a query or fragment, got "${value}"`);
  return url.toString().replace(/\/+$/, '');
}

function readTimeZone(value: string | undefined): string {
  const zone = value === undefined || value === '' ? 'UTC' : value;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
  } catch {
    throw new ConfigError(`SAHIFA_TIMEZONE must be an IANA time zone such as "Asia/Riyadh", got "${zone}"`);
  }
  return zone;
}

function readLogLevel(value: string | undefined): SahifaConfig['logLevel'] {
  if (value === undefined || value === '') return 'info';
  const level = LOG_LEVELS.find((candidate) => candidate === value);
  if (!level) throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${value}"`);
  return level;
}

const MAX_PAGE_CACHE_MB = 16_384;

function readPageCacheBytes(value: string | undefined): number {
  if (value === undefined || value === '') return 64 * 1024 * 1024;
  const megabytes = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(megabytes <= MAX_PAGE_CACHE_MB)) {
    throw new ConfigError(`SAHIFA_PAGE_CACHE_MB must be a whole number of megabytes from 0 (no cache) to ${MAX_PAGE_CACHE_MB}, got "${value}"`);
  }
  return megabytes * 1024 * 1024;
}

/**
 * `auto`: one process per core the machine gives Node, at most four, since each keeps its own page cache
 * (SAHIFA_PAGE_CACHE_MB) and heap. A database in memory belongs to one process, so it is served by one.
 */
export const MAX_AUTO_WORKERS = 4;
const MAX_WORKERS = 64;

function readWorkers(value: string | undefined, databasePath: string): number {
  const text = value?.trim() ?? '';
  if (text === '' || text === 'auto') return databasePath === ':memory:' ? 1 : Math.min(os.availableParallelism(), MAX_AUTO_WORKERS);
  const workers = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!(workers >= 1 && workers <= MAX_WORKERS)) throw new ConfigError(`SAHIFA_WORKERS must be "auto" or a whole number from 1 to ${MAX_WORKERS}, got "${value}"`);
  if (workers > 1 && databasePath === ':memory:') throw new ConfigError('SAHIFA_WORKERS must be 1 for a database in memory (each process would have its own)');
  return workers;
}

const PROXY_RANGE_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

/** An address, a CIDR range, or one of proxy-addr's names for the private ranges. */
function isProxyAddress(entry: string): boolean {
  if (PROXY_RANGE_NAMES.includes(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = net.isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

/**
 * Unset, `0` or `false`: X-Forwarded-For is ignored, so that a reader cannot pass for many (the view
 * counter tells readers apart by address). `true` is refused: trusting any sender is the same as that.
 */
function readTrustProxy(value: string | undefined): SahifaConfig['trustProxy'] {
  const text = value?.trim() ?? '';
  if (text === '' || text === '0' || text === 'false') return false;
  if (/^\d+$/.test(text)) {
    if (Number(text) > 10) throw new ConfigError(`SAHIFA_TRUST_PROXY as a number of proxies must be at most 10, got "${value}"`);
    return Number(text);
  }
  const entries = text.split(',').map((entry) => entry.trim());
  if (entries.some((entry) => !isProxyAddress(entry))) {
    throw new ConfigError(
      `SAHIFA_TRUST_PROXY must be the number of proxies in front of Sahifa, or their addresses or CIDR ranges separated by commas (such as "127.0.0.1,10.0.0.0/8"; also loopback, linklocal, uniquelocal), got "${value}"`,
    );
  }
  return entries;
}

function readDatabasePath(value: string | undefined): string {
  const databasePath = value === undefined || value === '' ? './data/sahifa.db' : value;
  if (databasePath.includes('\0')) throw new ConfigError('SAHIFA_DB must be a file path');
  return databasePath === ':memory:' ? databasePath : path.resolve(databasePath);
}

function readImagesDirectory(value: string | undefined, databasePath: string): string {
  if (value !== undefined && value !== '') {
    if (value.includes('\0')) throw new ConfigError('SAHIFA_IMAGES_DIR must be a folder path');
    return path.resolve(value);
  }
  // A database in memory has no folder; its images (content-hashed, so shared safely) go to the temporary one.
  return databasePath === ':memory:' ? path.join(os.tmpdir(), 'sahifa-images') : path.join(path.dirname(databasePath), 'images');
}

/** Overrides given on a command line win over the environment. */
export interface ConfigOverrides {
  databasePath?: string | undefined;
  port?: string | undefined;
  host?: string | undefined;
  workers?: string | undefined;
}

export function loadConfig(environment: Environment = process.env, overrides: ConfigOverrides = {}): SahifaConfig {
  const host = overrides.host ?? environment.HOST ?? '127.0.0.1';
  if (host.trim() === '') throw new ConfigError('HOST must not be empty');
  const port = readPort(overrides.port ?? environment.PORT);
  const databasePath = readDatabasePath(overrides.databasePath ?? environment.SAHIFA_DB);
  return Object.freeze({
    databasePath,
    imagesDirectory: readImagesDirectory(environment.SAHIFA_IMAGES_DIR, databasePath),
    port,
    host,
    baseUrl: readBaseUrl(environment.SAHIFA_BASE_URL, host, port),
    timeZone: readTimeZone(environment.SAHIFA_TIMEZONE),
    logLevel: readLogLevel(environment.LOG_LEVEL),
    pageCacheBytes: readPageCacheBytes(environment.SAHIFA_PAGE_CACHE_MB),
    trustProxy: readTrustProxy(environment.SAHIFA_TRUST_PROXY),
    workers: readWorkers(overrides.workers ?? environment.SAHIFA_WORKERS, databasePath),
  });
}
