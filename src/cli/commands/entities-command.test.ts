import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
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
