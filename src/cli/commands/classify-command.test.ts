import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { resolveCategoryId } from '../../articles/resolve-category.ts';
import { buildLabeledCorpus } from '../../categories/test-corpus.ts';
import { openDatabase } from '../../db/open-database.ts';
import { storeArticle } from '../../publishing/store-article.ts';
import { buildArticleDraft } from '../../test-support/article-factory.ts';
import { createTemporaryDirectory } from '../../test-support/test-database.ts';
import { runSahifa } from '../../../test/run-cli.ts';
import { registerClassifyCommand } from './classify-command.ts';

const temporary = createTemporaryDirectory('sahifa-classify-');
const databasePath = path.join(temporary.directory, 'site.db');
const emptyDatabasePath = path.join(temporary.directory, 'empty.db');
const write = (name: string, content: string | Buffer) => {
  const file = path.join(temporary.directory, name);
  fs.writeFileSync(file, content);
  return file;
};
const jsonl = (...records: object[]) => records.map((record) => JSON.stringify(record)).join('\n');

const SPORT_RECORD = { id: 'wire-1', title: 'الفريق يفوز في المباراة', body: 'سجل المهاجم هدف الفوز وتأهل المنتخب إلى نهائي البطولة.', source: 'wire' };
const ECONOMY_RECORD = { id: 2, title: 'البنك المركزي والتضخم', body: 'رفع البنك المركزي سعر الفائدة وتراجعت الأسهم في البورصة.', source: 'site' };

beforeAll(async () => {
  const opened = await openDatabase(databasePath);
  try {
    for (const [index, article] of buildLabeledCorpus(8).entries()) {
      const categoryId = await resolveCategoryId(opened.db, article.category);
      const paragraphs = article.body.split('\n');
      await storeArticle(opened.db, buildArticleDraft({ externalId: `site-${index}`, title: article.title, source: article.source, categoryId, sections: [{ heading: null, paragraphs }] }));
    }
  } finally {
    await opened.close();
  }
});
afterAll(() => temporary.remove());

interface Run {
  stdout: string;
  stderr: string;
  error: Error | null;
}

async function classify(args: string[]): Promise<Run> {
  const program = new Command('sahifa').exitOverride();
  registerClassifyCommand(program);
  for (const command of program.commands) command.exitOverride();
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  try {
    await program.parseAsync(['classify', ...args], { from: 'user' });
    return { stdout, stderr, error: null };
  } catch (error) {
    return { stdout, stderr, error: error as Error };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

const lines = (stdout: string) => stdout.trim().split('\n').map((line) => JSON.parse(line) as { id: string | number; category: string; confidence: number });

describe('sahifa classify', () => {
  it.each([
    ['a .jsonl file', 'records.jsonl', jsonl(SPORT_RECORD, ECONOMY_RECORD)],
    ['a gzipped .jsonl.gz file', 'records.jsonl.gz', zlib.gzipSync(jsonl(SPORT_RECORD, ECONOMY_RECORD))],
    ['JSON Lines under another name, told by its content', 'records.data', `\n${jsonl(SPORT_RECORD, ECONOMY_RECORD)}\n`],
  ])('classifies the records of %s', async (_, name, content) => {
    const run = await classify(['--json', '--db', databasePath, write(name, content)]);
    expect(run.error).toBeNull();
    expect(lines(run.stdout)).toEqual([
      { id: 'wire-1', category: 'sport', confidence: expect.any(Number) },
      { id: 2, category: 'economy', confidence: expect.any(Number) },
    ]);
    for (const line of lines(run.stdout)) expect(line.confidence).toBeGreaterThan(0.5);
    // The first run trains and stores the model; the others reuse it.
    expect(run.stderr).toMatch(/^(trained on 24 categorized articles in 3 categories \(\d+\.\d s\)\n)?$/);
  });

  it('classifies raw copy, named by its path', async () => {
    const copy = write('copy.txt', 'معرض الكتاب يفتح أبوابه\n\nافتتح معرض الكتاب أبوابه أمام الزوار بمشاركة دور النشر، وأصدر الكاتب روايته الجديدة.\n');
    const run = await classify(['--json', '--db', databasePath, copy]);
    expect(run.error).toBeNull();
    expect(lines(run.stdout)).toEqual([{ id: copy, category: 'culture', confidence: expect.any(Number) }]);
  });

  it('prints id, section slug, section name and confidence without --json', async () => {
    const run = await classify(['--db', databasePath, write('one.jsonl', jsonl(SPORT_RECORD))]);
    expect(run.stdout).toMatch(/^wire-1\tsport\tرياضة\t\d\.\d\d\n$/);
  });

  it.each([
    ['a missing file', () => [path.join(temporary.directory, 'missing.txt')], /missing\.txt: no such file/],
    ['a malformed JSON line', () => [write('bad.jsonl', `${JSON.stringify(SPORT_RECORD)}\n{oops`)], /bad\.jsonl:2: not valid JSON/],
    ['a record without a title', () => [write('untitled.jsonl', JSON.stringify({ id: 'x', body: 'نص' }))], /untitled\.jsonl:1: title/],
    ['an empty JSON Lines file', () => [write('empty.jsonl', '')], /empty\.jsonl: no records/],
  ])('refuses %s with a clear message', async (_, files, message) => {
    const run = await classify(['--json', '--db', databasePath, ...files()]);
    expect(run.error?.name).toBe('CliError');
    expect(run.error?.message).toMatch(message);
    expect(run.stdout).toBe('');
  });

  it('stores the model in the database and trains again only when the categorized articles change', async () => {
    const input = write('model-input.jsonl', jsonl(SPORT_RECORD));
    await classify(['--json', '--db', databasePath, input]);
    expect((await classify(['--json', '--db', databasePath, input])).stderr).toBe('');
    const stored = async () => {
      const opened = await openDatabase(databasePath);
      try {
        return await opened.db.selectFrom('category_models').select(['fingerprint', 'articles', 'model']).executeTakeFirstOrThrow();
      } finally {
        await opened.close();
      }
    };
    const before = await stored();
    expect(before.articles).toBe(24);
    expect(JSON.parse(before.model).labels).toEqual(['culture', 'economy', 'sport']);
    const opened = await openDatabase(databasePath);
    try {
      const categoryId = await resolveCategoryId(opened.db, 'economy');
      await storeArticle(opened.db, buildArticleDraft({ externalId: 'site-new', title: 'أسعار الذهب ترتفع', categoryId }));
    } finally {
      await opened.close();
    }
    const retrained = await classify(['--json', '--db', databasePath, input]);
    expect(retrained.stderr).toMatch(/trained on 25 categorized articles/);
    expect((await stored()).fingerprint).not.toBe(before.fingerprint);
    expect((await classify(['--json', '--db', databasePath, input])).stderr).toBe('');
  });

  it('says why it cannot classify with too few categorized articles', async () => {
    const run = await classify(['--db', emptyDatabasePath, write('alone.jsonl', jsonl(SPORT_RECORD))]);
    expect(run.error?.message).toBe(
      'cannot classify: the database has 0 categorized articles in 0 categories; training needs at least 20 articles in at least 2 categories ' +
        '(import categorized articles first, e.g. `sahifa import FILE.jsonl`)',
    );
  });

  it('runs as `sahifa classify` and exits non-zero on bad input', async () => {
    const good = await runSahifa(['classify', '--json', '--db', databasePath, write('cli.jsonl', jsonl(ECONOMY_RECORD))]);
    expect(good.code).toBe(0);
    expect(lines(good.stdout)).toEqual([{ id: 2, category: 'economy', confidence: expect.any(Number) }]);
    const bad = await runSahifa(['classify', '--db', databasePath, path.join(temporary.directory, 'nope.txt')]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^sahifa: error: .*nope\.txt: no such file\n$/);
  });
});
