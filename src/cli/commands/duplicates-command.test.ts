import path from 'node:path';
import { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../db/open-database.ts';
import { CENTRAL_BANK_OTHER_STORY, CENTRAL_BANK_REPUBLISHED, CENTRAL_BANK_STORY, FOOTBALL_EDITED, FOOTBALL_STORY } from '../../duplicates/test-stories.ts';
import { storeArticle } from '../../publishing/store-article.ts';
import { buildArticleDraft } from '../../test-support/article-factory.ts';
import { createTemporaryDirectory } from '../../test-support/test-database.ts';
import { runSahifa } from '../../../test/run-cli.ts';
import { registerDuplicatesCommand } from './duplicates-command.ts';

const temporary = createTemporaryDirectory('sahifa-duplicates-');
const databasePath = path.join(temporary.directory, 'site.db');
const emptyDatabasePath = path.join(temporary.directory, 'empty.db');

// Stored in this order, so their ids are 1 to 5.
const STORIES: [string | null, string, string][] = [
  ['bank', 'المركزي المصري يرفع الفائدة', CENTRAL_BANK_STORY],
  ['football', 'المغرب إلى نصف النهائي', FOOTBALL_STORY],
  ['bank-other-desk', 'زيادة كبيرة في تكلفة الاقتراض', CENTRAL_BANK_OTHER_STORY],
  [null, 'الفائدة ترتفع مجددا في مصر', CENTRAL_BANK_REPUBLISHED],
  ['football-copy', 'أسود الأطلس يكتبون التاريخ', FOOTBALL_EDITED],
];

beforeAll(async () => {
  const opened = await openDatabase(databasePath);
  try {
    for (const [externalId, title, body] of STORIES) {
      await storeArticle(opened.db, buildArticleDraft({ externalId, title, sections: [{ heading: null, paragraphs: body.split('\n') }] }));
    }
  } finally {
    await opened.close();
  }
});
afterAll(() => temporary.remove());

async function duplicates(args: string[]): Promise<{ stdout: string; stderr: string }> {
  const program = new Command('sahifa').exitOverride();
  registerDuplicatesCommand(program);
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  try {
    await program.parseAsync(['duplicates', ...args], { from: 'user' });
    return { stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

describe('sahifa duplicates', () => {
  it('groups republished and edited copies, not two stories on one topic', async () => {
    const { stdout } = await duplicates(['--json', '--db', databasePath]);
    expect(JSON.parse(stdout)).toEqual({
      groups: [
        { ids: [1, 4], externalIds: ['bank', null] },
        { ids: [2, 5], externalIds: ['football', 'football-copy'] },
      ],
    });
  });

  it('lists each group with ids and headlines without --json', async () => {
    const { stdout, stderr } = await duplicates(['--db', databasePath]);
    expect(stdout).toBe(
      '1\tbank\tالمركزي المصري يرفع الفائدة\n4\t-\tالفائدة ترتفع مجددا في مصر\n\n' +
        '2\tfootball\tالمغرب إلى نصف النهائي\n5\tfootball-copy\tأسود الأطلس يكتبون التاريخ\n\n',
    );
    expect(stderr).toBe('2 groups of duplicates (2 extra copies) among 5 articles\n');
  });

  it('reports no groups in an empty database', async () => {
    expect(JSON.parse((await duplicates(['--json', '--db', emptyDatabasePath])).stdout)).toEqual({ groups: [] });
  });

  it('runs as `sahifa duplicates` and exits non-zero when the database cannot be opened', async () => {
    const good = await runSahifa(['duplicates', '--json', '--db', databasePath]);
    expect(good.code).toBe(0);
    expect(JSON.parse(good.stdout).groups).toHaveLength(2);
    const bad = await runSahifa(['duplicates', '--db', temporary.directory]);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/^sahifa: error: cannot open database/);
  });
});
