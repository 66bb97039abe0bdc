import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import SQLite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REFERENCE_COPY, runSahifa } from '../../../test/run-cli.ts';

const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'sahifa-entities-'));
const write = (name: string, content: string) => {
  const file = path.join(directory, name);
  fs.writeFileSync(file, content);
  return file;
};
afterAll(() => fs.rmSync(directory, { recursive: true, force: true }));

interface JsonEntity {
  type: string;
  text: string;
  canonical: string;
  start: number;
  end: number;
}

describe('sahifa entities', () => {
  it('prints the reference article entities with offsets into the decoded copy', async () => {
    const result = await runSahifa(['entities', '--json', REFERENCE_COPY]);
    expect(result.code).toBe(0);
    const { entities } = JSON.parse(result.stdout) as { entities: JsonEntity[] };
    const text = fs.readFileSync(REFERENCE_COPY, 'utf8');
    for (const entity of entities) {
      expect(Object.keys(entity).sort()).toEqual(['canonical', 'end', 'start', 'text', 'type']);
      expect(text.slice(entity.start, entity.end)).toBe(entity.text);
    }
    expect(entities).toContainEqual(expect.objectContaining({ type: 'PER', text: 'بلينكن', canonical: 'أنتوني بلينكن' }));
    // The caption date gives the publication day: `16 فبراير الجاري` resolves against it.
    expect(entities).toContainEqual(expect.objectContaining({ type: 'DATE', text: '16 فبراير الجاري', canonical: '2023-02-16' }));
    // The caption is printed twice on the page; its second copy is not read again.
    expect(entities.filter((entity) => entity.text === 'أستانة')).toHaveLength(1);
  });

  it('indexes the decoded text of a UTF-16 copy, its BOM left out', async () => {
    const file = fileURLToPath(new URL('../../ingest/raw-copy/fixtures/gaza-utf16le-bom.txt', import.meta.url));
    const result = await runSahifa(['entities', '--json', file]);
    expect(result.code).toBe(0);
    const { entities } = JSON.parse(result.stdout) as { entities: JsonEntity[] };
    const text = fs.readFileSync(file).subarray(2).toString('utf16le');
    expect(entities.length).toBeGreaterThan(0);
    for (const entity of entities) expect(text.slice(entity.start, entity.end)).toBe(entity.text);
  });

  it('learns a name in one file and finds it in another, and keeps the memory in --names', async () => {
    const first = write('first.txt', 'زيارة رسمية\n\nقال وزير الخارجية الأميركي أنتوني بلينكن إن الزيارة مهمة.\n');
    const second = write('second.txt', 'جولة آسيوية\n\nوصل بلينكن إلى الهند لحضور المؤتمر.\n');
    const names = path.join(directory, 'names.json');
    const result = await runSahifa(['entities', '--json', '--names', names, first, second]);
    expect(result.code).toBe(0);
    const output = JSON.parse(result.stdout) as { file: string; entities: JsonEntity[] }[];
    expect(output.map((article) => article.file)).toEqual([first, second]);
    expect(output[1]?.entities).toContainEqual(expect.objectContaining({ type: 'PER', text: 'بلينكن', canonical: 'أنتوني بلينكن' }));
    expect(JSON.parse(fs.readFileSync(names, 'utf8')).names).toHaveProperty(['انتوني بلينكن']);
  });

  it('answers a missing file like parse does', async () => {
    const result = await runSahifa(['entities', path.join(directory, 'missing.txt')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('missing.txt: no such file');
  });
});

describe('sahifa entities --db, sahifa search --tag', () => {
  const database = path.join(directory, 'site.db');
  beforeAll(async () => {
    expect((await runSahifa(['ingest', '--db', database, REFERENCE_COPY])).code).toBe(0);
  }, 60_000);

  it('searches among the articles of one tag', async () => {
    const tagged = await runSahifa(['search', '--db', database, '--json', '--tag', 'أنتوني-بلينكن', 'كازاخستان']);
    expect(tagged.code).toBe(0);
    expect(JSON.parse(tagged.stdout)).toMatchObject({ total: 1, results: [{ title: expect.stringContaining('بلينكن يصل كازاخستان') }] });
    const unknown = await runSahifa(['search', '--db', database, '--tag', 'لا-يوجد', 'كازاخستان']);
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toContain('--tag: no tag "لا-يوجد"');
  }, 60_000);

  it("knows the names the site's database learned, without teaching it the file's", async () => {
    const copy = write('blinken-again.txt', 'بلينكن يلتقي نظيره الهندي\n\nالتقى بلينكن في نيودلهي بوزير الخارجية الهندي سوبرامنيام جايشانكار.\n');
    const withSite = await runSahifa(['entities', '--json', '--db', database, copy]);
    expect(withSite.code).toBe(0);
    const people = (JSON.parse(withSite.stdout) as { entities: JsonEntity[] }).entities.filter((entity) => entity.type === 'PER');
    expect(people).toContainEqual(expect.objectContaining({ text: 'بلينكن', canonical: 'أنتوني بلينكن' }));
    const alone = (JSON.parse((await runSahifa(['entities', '--json', copy])).stdout) as { entities: JsonEntity[] }).entities;
    expect(alone.filter((entity) => entity.canonical === 'أنتوني بلينكن')).toEqual([]);
    // Read only: what the file teaches (جايشانكار after a title) is not stored.
    const sqlite = new SQLite(database, { readonly: true });
    const stored = sqlite.prepare('SELECT canonical FROM entity_names').all() as { canonical: string }[];
    sqlite.close();
    expect(stored.map((row) => row.canonical)).toContain('أنتوني بلينكن');
    expect(stored.map((row) => row.canonical).join(' ')).not.toContain('جايشانكار');
    const missing = await runSahifa(['entities', '--db', path.join(directory, 'nope.db'), copy]);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain('--db: no database at');
  }, 120_000);
});
