import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countArticles } from '../../src/articles/article.repository.ts';
import { openDatabase } from '../../src/db/open-database.ts';
import { createTemporaryDirectory } from '../../src/test-support/test-database.ts';
import { REFERENCE_COPY, runSahifa } from '../run-cli.ts';

const temporary = createTemporaryDirectory('sahifa-cli-');
const databasePath = path.join(temporary.directory, 'cli.db');
const write = (name: string, content: string | Buffer) => {
  const file = path.join(temporary.directory, name);
  fs.writeFileSync(file, content);
  return file;
};

async function articleCount(): Promise<number> {
  const opened = await openDatabase(databasePath);
  try {
    return await countArticles(opened.db);
  } finally {
    await opened.close();
  }
}

afterAll(() => temporary.remove());

describe('sahifa parse', () => {
  it('prints the reference article as JSON with the documented fields', async () => {
    const result = await runSahifa(['parse', '--json', REFERENCE_COPY]);
    expect(result.code).toBe(0);
    const article = JSON.parse(result.stdout);
    expect(Object.keys(article).sort()).toEqual(['dateline', 'image', 'publishedAt', 'sections', 'title']);
    expect(article.title).toBe('بلينكن يصل كازاخستان لمواجهة "نفوذ روسيا" في آسيا الوسطى');
    expect(article.image).toMatchObject({ credit: 'twitter.com/SecBlinken', place: 'أستانة', date: '2023-02-28' });
    expect(article.dateline).toEqual({ place: 'دبي', source: 'الشرق' });
    expect(article.sections.map((section: { paragraphs: string[] }) => section.paragraphs.length)).toEqual([6, 4, 7, 4, 3]);
    expect(article.publishedAt).toBe('2023-02-28T00:00:00.000Z');
  });

  it('prints a readable outline without --json', async () => {
    const result = await runSahifa(['parse', REFERENCE_COPY]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('5 sections, 24 paragraphs');
    expect(result.stdout).toContain('## مصالح اقتصادية');
  });

  it.each([['parse'], ['ingest'], ['import'], ['search'], ['serve']])('explains `%s --help`', async (command) => {
    const result = await runSahifa([command, '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Usage: sahifa ${command}`);
    expect(result.stdout).toContain('--db');
  });
});

describe('sahifa ingest and import', () => {
  beforeAll(async () => {
    const first = await runSahifa(['ingest', '--db', databasePath, REFERENCE_COPY]);
    expect(first.stderr).toContain('1 new');
    expect(first.code).toBe(0);
  });

  it('stores the same copy once, and prints its URL', async () => {
    const crlfCopy = write('same-copy-crlf.txt', fs.readFileSync(REFERENCE_COPY, 'utf8').replaceAll('\n', '\r\n'));
    const again = await runSahifa(['ingest', '--db', databasePath, '--json', crlfCopy], { SAHIFA_BASE_URL: 'https://news.example' });
    expect(again.code).toBe(0);
    const [row] = JSON.parse(again.stdout);
    expect(row).toMatchObject({ id: 1, created: false });
    expect(row.url).toBe(`https://news.example/articles/1/${encodeURIComponent('بلينكن-يصل-كازاخستان-لمواجهة-نفوذ-روسيا-في-آسيا-الوسطى')}`);
    expect(await articleCount()).toBe(1);
  });

  it.each([
    ['an empty file', () => write('empty.txt', ''), /empty\.txt: the file is empty/],
    ['page leftovers only', () => write('leftovers.txt', 'اقرأ أيضاً:\n\nتصنيفات\n\nقصص قد تهمك\n'), /leftovers\.txt: .*(no article|leftover)/i],
    ['a binary file', () => write('photo.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])), /photo\.txt: not a text file/],
    ['a Latin-1 file', () => write('latin1.txt', Buffer.from('Caf\xe9 cr\xe8me br\xfbl\xe9e, na\xefve r\xe9sum\xe9\n\nD\xe9j\xe0 vu.\n', 'latin1')), /latin1\.txt: .*encoding/i],
  ])('refuses %s with the file named, exit 1, and nothing stored', async (_label, makeFile, message) => {
    const file = makeFile();
    const result = await runSahifa(['ingest', '--db', databasePath, REFERENCE_COPY, file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(await articleCount()).toBe(1);
  });

  it('refuses a 50 MB file without reading it', async () => {
    const file = path.join(temporary.directory, 'huge.txt');
    fs.writeFileSync(file, Buffer.alloc(50 * 1024 * 1024, 0x41));
    const result = await runSahifa(['parse', file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/huge\.txt: the file is too large \(50\.0 MB\)/);
    fs.rmSync(file);
  });

  it('imports JSON Lines idempotently and refuses a malformed line by its number', async () => {
    const record = (id: string) =>
      JSON.stringify({ id, title: 'عنوان الخبر', body: 'نص الخبر الأول.\nنص الخبر الثاني.', category: 'economy', date: 'Sun, 18 Feb 2018 18:06:52 GMT', source: 'skynews', url: 'https://example.com/a' });
    const good = write('good.jsonl.gz', zlib.gzipSync(`${record('a-1')}\n${record('a-2')}\n`));
    const first = await runSahifa(['import', '--db', databasePath, good]);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('2 records: 2 imported, 0 already present');
    const second = await runSahifa(['import', '--db', databasePath, good]);
    expect(second.stdout).toContain('0 imported, 2 already present');
    expect(await articleCount()).toBe(3);

    const bad = write('bad.jsonl', `${record('b-1')}\n{"id": "b-2", "title": "x",\n`);
    const refused = await runSahifa(['import', '--db', databasePath, bad]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('bad.jsonl:2: not valid JSON');
    expect(refused.stderr).toContain('nothing was imported');
    expect(await articleCount()).toBe(3);
  });

  it('defers entity tags with --defer-tags to the next command that opens the database', async () => {
    const record = (id: string) =>
      JSON.stringify({ id, title: 'بلينكن في أستانة', body: 'وصل وزير الخارجية الأميركي أنتوني بلينكن إلى كازاخستان.\nوالتقى بلينكن نظيره الكازاخستاني في أستانة.', category: 'politics', date: 'Tue, 28 Feb 2023 10:00:00 GMT', source: 'asharq', url: `https://example.com/${id}` });
    const file = write('tagged.jsonl', `${record('t-1')}\n${record('t-2')}\n`);
    const tagCounts = async (database: string) => {
      const opened = await openDatabase(database);
      try {
        const tags = await opened.db.selectFrom('article_entities').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
        const version = await opened.db.selectFrom('meta').select('value').where('key', '=', 'entity_tags_version').executeTakeFirst();
        return { tags: Number(tags.n), versionKept: version !== undefined };
      } finally {
        await opened.close();
      }
    };

    const tagged = path.join(temporary.directory, 'tagged-now.db');
    expect((await runSahifa(['import', '--db', tagged, file])).code).toBe(0);
    const now = await tagCounts(tagged);
    expect(now.tags).toBeGreaterThan(0);
    expect(now.versionKept).toBe(true);

    const deferred = path.join(temporary.directory, 'tagged-later.db');
    const imported = await runSahifa(['import', '--db', deferred, '--defer-tags', file]);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('2 records: 2 imported');
    expect(imported.stderr).toContain('entity tags deferred');
    expect(await tagCounts(deferred)).toEqual({ tags: 0, versionKept: false });

    const opened = await runSahifa(['search', '--db', deferred, 'كازاخستان']);
    expect(opened.code).toBe(0);
    expect(opened.stderr).toContain('entity tags rebuilt: 2 articles');
    expect(await tagCounts(deferred)).toEqual(now);
  });

  it('searches the stored articles with the same JSON as the API', async () => {
    const result = await runSahifa(['search', '--db', databasePath, '--json', '--limit', '5', 'اوكرانيا بلينكن']);
    expect(result.code).toBe(0);
    const body = JSON.parse(result.stdout);
    expect(body.total).toBeGreaterThanOrEqual(1);
    expect(body.results[0]).toMatchObject({ id: 1, title: 'بلينكن يصل كازاخستان لمواجهة "نفوذ روسيا" في آسيا الوسطى' });
    expect(body.results[0].snippet).toContain('<mark>');
    const text = await runSahifa(['search', '--db', databasePath, 'كازاخستان']);
    expect(text.stdout).toMatch(/^\d+ results?\n\n1\. بلينكن يصل كازاخستان/);
    const bad = await runSahifa(['search', '--db', databasePath, '--sort', 'random', 'x']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--sort: expected relevance or date');
  });

  it('refuses bad configuration with one clear line', async () => {
    const result = await runSahifa(['serve', '--db', databasePath], { PORT: 'eighty' });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe('sahifa: error: invalid configuration: PORT must be a whole number between 0 and 65535, got "eighty"');
  });

  it('refuses a file that is not a database', async () => {
    const notDatabase = write('not-a.db', 'hello, this is not SQLite '.repeat(100));
    const result = await runSahifa(['ingest', '--db', notDatabase, REFERENCE_COPY]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/cannot open database .*not-a\.db: file is not a database/);
    expect(fs.readFileSync(notDatabase, 'utf8')).toBe('hello, this is not SQLite '.repeat(100));
  });
});
