import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/open-database.ts';
import { createTemporaryDirectory } from '../../src/test-support/test-database.ts';
import { writeTestImage } from '../../src/test-support/test-images.ts';
import { REFERENCE_COPY, runSahifa } from '../run-cli.ts';

const temporary = createTemporaryDirectory('sahifa-cli-images-');
const dataDirectory = path.join(temporary.directory, 'data');
const databasePath = path.join(dataDirectory, 'sahifa.db');
const imagesDirectory = path.join(dataDirectory, 'images');
const file = (name: string) => path.join(temporary.directory, name);
afterAll(() => temporary.remove());

async function imageRows() {
  const opened = await openDatabase(databasePath);
  try {
    return await opened.db.selectFrom('article_images').select(['article_id', 'hash', 'width', 'height', 'format']).orderBy('article_id').execute();
  } finally {
    await opened.close();
  }
}

describe('lead images from the command line', () => {
  it('ingests the reference article with --image, stored beside the database under its content hash', async () => {
    await writeTestImage(file('blinken.jpg'), { width: 900, height: 600 });
    const result = await runSahifa(['ingest', '--db', databasePath, '--json', '--image', file('blinken.jpg'), REFERENCE_COPY]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const [row] = JSON.parse(result.stdout);
    expect(row).toMatchObject({ id: 1, created: true });
    const [image] = await imageRows();
    expect(image).toMatchObject({ article_id: 1, width: 900, height: 600, format: 'jpeg' });
    const files = fs.readdirSync(imagesDirectory).sort();
    expect(files).toContain(`${image?.hash}.orig`);
    expect(files).toContain(`${image?.hash}-900.avif`);
    expect(files.filter((name) => name.startsWith(`${image?.hash}-`))).toHaveLength(3 * 3);
  }, 60_000);

  it('replaces the image with `sahifa image ID FILE`, and says when nothing changed', async () => {
    await writeTestImage(file('newer.png'), { width: 1600, height: 900, format: 'png', hue: 10 });
    const replaced = await runSahifa(['image', '--db', databasePath, '1', file('newer.png')]);
    expect(replaced.code).toBe(0);
    expect(replaced.stdout).toMatch(/\/articles\/1\/.+\n {2}lead image 1600×900 png, [0-9a-f]{24}\n$/);
    const again = await runSahifa(['image', '--db', databasePath, '--json', '1', file('newer.png')]);
    expect(JSON.parse(again.stdout)).toMatchObject({ id: 1, changed: false, image: { width: 1600, height: 900, format: 'png' } });
    expect(await imageRows()).toMatchObject([{ article_id: 1, width: 1600 }]);
  }, 60_000);

  it('refuses a bad image, an unknown article, a bad id and a misused --image with one clear line each, changing nothing', async () => {
    fs.writeFileSync(file('fake.jpg'), 'ليست صورة');
    const cases: [string[], RegExp][] = [
      [['image', '1', file('fake.jpg')], /fake\.jpg: not an image/],
      [['image', '99', file('newer.png')], /no article with id 99/],
      [['image', 'first', file('newer.png')], /article id: expected a whole number/],
      [['ingest', '--image', file('newer.png'), REFERENCE_COPY, REFERENCE_COPY], /--image gives one article its lead image, but 2 copy files/],
      [['ingest', '--image', file('nowhere.jpg'), REFERENCE_COPY], /nowhere\.jpg: no such file/],
    ];
    const before = await imageRows();
    for (const [args, message] of cases) {
      const result = await runSahifa([...args, '--db', databasePath]);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
    expect(await imageRows()).toEqual(before);
  }, 180_000);

  it('imports JSON Lines records with local image files, leaves image URLs alone, and refuses a bad image by its line', async () => {
    fs.mkdirSync(file('photos'), { recursive: true });
    await writeTestImage(file('photos/oil.webp'), { width: 800, height: 500, format: 'webp', hue: 40 });
    const record = (id: string, image: string | undefined) =>
      JSON.stringify({ id, title: `أسعار النفط ترتفع ${id}`, body: 'ارتفعت أسعار النفط، الخميس.\nوقال محللون إن السوق متقلبة.', category: 'economy', date: '2018-03-01T10:00:00Z', source: 'skynews', image });
    fs.writeFileSync(file('bad.jsonl'), `${record('x-1', 'photos/oil.webp')}\n${record('x-2', 'photos/none.jpg')}\n`);
    const refused = await runSahifa(['import', '--db', databasePath, file('bad.jsonl')]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/bad\.jsonl:2: image: .*none\.jpg: no such file/);
    expect(await imageRows()).toHaveLength(1);

    fs.writeFileSync(file('good.jsonl'), `${record('y-1', 'photos/oil.webp')}\n${record('y-2', 'https://example.com/oil.jpg')}\n${record('y-3', undefined)}\n`);
    const imported = await runSahifa(['import', '--db', databasePath, file('good.jsonl')]);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('3 imported');
    expect(imported.stdout).toContain('1 lead image stored');
    expect(imported.stdout).toContain('1 image URL not fetched');
    const rows = await imageRows();
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatchObject({ width: 800, height: 500, format: 'webp' });
    const rerun = await runSahifa(['import', '--db', databasePath, file('good.jsonl')]);
    expect(rerun.stdout).toContain('0 imported, 3 already present');
    expect(rerun.stdout).not.toContain('lead image stored');
  }, 120_000);
});
