import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countArticles, findArticleById } from '../../articles/article.repository.ts';
import type { OpenedDatabase } from '../../db/open-database.ts';
import { createTemporaryDirectory, createTestDatabase } from '../../test-support/test-database.ts';
import { importJsonl, ImportValidationError } from './import-jsonl.ts';

const records = [
  {
    id: 'SK-economy-1-20180301',
    title: 'ارتفاع أسعار النفط مع تراجع المخزونات الأميركية',
    body: 'ارتفعت أسعار النفط، الخميس، بعد بيانات أظهرت تراجع المخزونات.\nوقال محللون إن السوق ما زالت متقلبة.',
    category: 'economy',
    date: 'Thu, 01 Mar 2018 10:00:00 GMT',
    source: 'skynews',
    url: 'https://www.skynewsarabia.com/business/1',
  },
  {
    id: 'BB-sport-2-20180302',
    title: 'منتخب مصر يستعد لكأس العالم',
    body: 'يستعد منتخب مصر لكرة القدم لخوض مباريات ودية قبل كأس العالم.\nيمكنكم استلام إشعارات بأهم الموضوعات بعد تحميل أحدث إصدار من تطبيق بي بي سي عربي على هاتفكم.',
    category: 'sport',
    date: 'Fri, 02 Mar 2018 09:00:00 GMT',
    source: 'BBC',
    url: 'javascript:alert(1)',
  },
  { id: 'AL-culture-3', title: 'مقال بلا نص', body: '', category: 'culture', date: '', source: 'alarabia', url: '' },
];

const toJsonl = (items: unknown[]) => `${items.map((item) => JSON.stringify(item)).join('\n')}\n`;

describe('importJsonl', () => {
  let opened: OpenedDatabase;
  let temporary: ReturnType<typeof createTemporaryDirectory>;
  beforeEach(async () => {
    opened = await createTestDatabase();
    temporary = createTemporaryDirectory();
  });
  afterEach(async () => {
    await opened.close();
    temporary.remove();
  });

  const write = (name: string, content: string | Buffer) => {
    const file = path.join(temporary.directory, name);
    fs.writeFileSync(file, content);
    return file;
  };

  it('imports records with their external id, category, date and source; skips empty bodies', async () => {
    const file = write('ant.jsonl', toJsonl(records));
    const summary = await importJsonl(opened.db, file, { batchSize: 1 });
    expect(summary).toMatchObject({ records: 3, imported: 2, alreadyPresent: 0, empty: 1, invalid: [] });
    const economy = await opened.db.selectFrom('articles').selectAll().where('external_id', '=', 'SK-economy-1-20180301').executeTakeFirstOrThrow();
    expect(economy.published_at).toBe('2018-03-01T10:00:00.000Z');
    expect(economy.source).toBe('skynews');
    const row = await findArticleById(opened.db, economy.id);
    expect(row?.category_slug).toBe('economy');
    expect(JSON.parse(economy.sections)).toEqual([
      { heading: null, paragraphs: ['ارتفعت أسعار النفط، الخميس، بعد بيانات أظهرت تراجع المخزونات.', 'وقال محللون إن السوق ما زالت متقلبة.'] },
    ]);
  });

  it('drops page leftovers from bodies and never keeps a non-web URL', async () => {
    const file = write('ant.jsonl', toJsonl(records));
    await importJsonl(opened.db, file);
    const sport = await opened.db.selectFrom('articles').selectAll().where('external_id', '=', 'BB-sport-2-20180302').executeTakeFirstOrThrow();
    expect(JSON.parse(sport.sections)[0].paragraphs).toEqual(['يستعد منتخب مصر لكرة القدم لخوض مباريات ودية قبل كأس العالم.']);
    expect(sport.source_url).toBeNull();
  });

  it('adds nothing when run twice, gzipped or not', async () => {
    const plain = write('ant.jsonl', toJsonl(records));
    const gzipped = write('ant.data', zlib.gzipSync(toJsonl(records)));
    await importJsonl(opened.db, plain);
    const again = await importJsonl(opened.db, gzipped);
    expect(again).toMatchObject({ imported: 0, alreadyPresent: 2 });
    expect(await countArticles(opened.db)).toBe(2);
  });

  it('reports malformed lines with their numbers and writes nothing', async () => {
    const lines = [JSON.stringify(records[0]), '{"id": "x", "title": ', '', JSON.stringify({ ...records[1], date: 'yesterday-ish' }), JSON.stringify({ id: 'y' })];
    const file = write('bad.jsonl', `${lines.join('\n')}\n`);
    const failure = await importJsonl(opened.db, file, { batchSize: 1 }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ImportValidationError);
    const problems = (failure as ImportValidationError).problems;
    expect(problems.map((problem) => problem.lineNumber)).toEqual([2, 4, 5]);
    expect(problems[0]?.reason).toMatch(/not valid JSON/);
    expect(problems[1]?.reason).toMatch(/date: cannot read "yesterday-ish"/);
    expect(problems[2]?.reason).toMatch(/title/);
    expect(await countArticles(opened.db)).toBe(0);
  });

  it('imports the valid records with skipInvalid and lists the rest', async () => {
    const file = write('bad.jsonl', `${JSON.stringify(records[0])}\nnot json\n`);
    const summary = await importJsonl(opened.db, file, { skipInvalid: true });
    expect(summary.imported).toBe(1);
    expect(summary.invalid).toEqual([{ lineNumber: 2, reason: expect.stringMatching(/not valid JSON/) }]);
  });

  it('refuses a truncated gzip file before writing anything', async () => {
    const whole = zlib.gzipSync(toJsonl(records));
    const file = write('cut.jsonl.gz', whole.subarray(0, whole.length - 20));
    await expect(importJsonl(opened.db, file)).rejects.toThrow(/cannot read gzip data/);
    expect(await countArticles(opened.db)).toBe(0);
  });
});

describe('importJsonl on wire bodies', () => {
  it('shows a lede dateline apart from the first paragraph', async () => {
    const opened = await createTestDatabase();
    const temporary = createTemporaryDirectory();
    try {
      const file = path.join(temporary.directory, 'cnn.jsonl');
      const body = 'دبي، الإمارات العربية المتحدة (CNN) -- أعلنت السلطات السعودية، السبت، نتائج التحقيق الأولية.\nوقال مسؤولون إن التحقيق مستمر.';
      fs.writeFileSync(file, `${JSON.stringify({ ...records[0], id: 'CN-1', body })}\n`);
      await importJsonl(opened.db, file);
      const row = await opened.db.selectFrom('articles').selectAll().executeTakeFirstOrThrow();
      expect([row.dateline_place, row.dateline_source]).toEqual(['دبي، الإمارات العربية المتحدة', 'CNN']);
      expect(JSON.parse(row.sections)[0].paragraphs[0]).toBe('أعلنت السلطات السعودية، السبت، نتائج التحقيق الأولية.');
    } finally {
      await opened.close();
      temporary.remove();
    }
  });
});
