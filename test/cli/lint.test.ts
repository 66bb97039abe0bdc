import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTemporaryDirectory } from '../../src/test-support/test-database.ts';
import { REFERENCE_COPY, runSahifa } from '../run-cli.ts';

const temporary = createTemporaryDirectory('sahifa-lint-');
const write = (name: string, content: string | Buffer) => {
  const file = path.join(temporary.directory, name);
  fs.writeFileSync(file, content);
  return file;
};
afterAll(() => temporary.remove());

const CAPTION = 'وزير الخارجية الأميركي أنتوني بلينكن مع أحد أعضاء السفارة الأميركية في كازاخستان. أستانة. 28 فبراير 2023 - twitter.com/SecBlinken';

describe('sahifa lint', () => {
  it('reports the reference article’s defects as file:line:col, without colours when piped, and exits 1', async () => {
    const result = await runSahifa(['lint', REFERENCE_COPY]);
    expect(result.code).toBe(1);
    for (const place of [':4:1 error', ':11:166 error', ':47:375 error', ':57:18 error', ':57:80 warning', ':57:218 warning']) {
      expect(result.stdout).toContain(`${REFERENCE_COPY}${place}`);
    }
    expect(result.stdout).toContain('⟦علللحصول⟧');
    expect(result.stdout).toContain('suggestion: على الحصول');
    expect(result.stdout).toMatch(/4 errors, 2 warnings, 0 infos in 1 file\n$/);
    expect(result.stdout).not.toContain('\u001b[');
  });

  it('prints {file, diagnostics} for one file and an array for several with --json; exits 0 on clean copy', async () => {
    const clean = write('clean.txt', 'وصل وزير الخارجية إلى العاصمة، الثلاثاء، في زيارة رسمية.\n');
    const one = await runSahifa(['lint', '--json', clean]);
    expect(one.code).toBe(0);
    expect(JSON.parse(one.stdout)).toEqual({ file: clean, diagnostics: [] });
    const several = await runSahifa(['lint', '--json', clean, REFERENCE_COPY]);
    expect(several.code).toBe(1);
    const results = JSON.parse(several.stdout);
    expect(results.map((result: { file: string }) => result.file)).toEqual([clean, REFERENCE_COPY]);
    expect(results[1].diagnostics[0]).toMatchObject({ rule: 'duplicate-line', line: 4, column: 1, severity: 'error', safeFix: true });
    // Two processes that each load the Hunspell dictionary: past the default 30 s on a loaded 2-core machine.
  }, 90_000);

  it('prints the text with only the safe fixes under --fix', async () => {
    const result = await runSahifa(['lint', '--fix', REFERENCE_COPY]);
    const original = fs.readFileSync(REFERENCE_COPY, 'utf8');
    expect(result.stdout.split(CAPTION).length - 1).toBe(1);
    expect(result.stdout).toBe(original.replace(`${CAPTION}\n${CAPTION}\n`, `${CAPTION}\n`));
    expect(result.stderr).toContain('1 safe fix applied');
    expect(result.code).toBe(1);
  });

  it('switches rules off with --disable and refuses unknown rule names', async () => {
    const file = write('repeat.txt', 'وافق المجلس فقط فقط على القرار\n');
    const disabled = await runSahifa(['lint', '--disable', 'repeated-word,double-space', file]);
    expect(disabled.code).toBe(0);
    expect(disabled.stdout).toContain('0 errors');
    const unknown = await runSahifa(['lint', '--disable', 'spelling', file]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/--disable: unknown rule "spelling"/);
  });

  it('names every file it cannot read and exits 2', async () => {
    const empty = write('empty.txt', '');
    const binary = write('binary.txt', Buffer.from([0x00, 0x01, 0x02, 0x03, 0xff]));
    const latin1 = write('latin1.txt', Buffer.from('caf\xe9 cr\xe8me br\xfbl\xe9e, na\xefve fa\xe7ade', 'latin1'));
    const result = await runSahifa(['lint', empty, binary, latin1, path.join(temporary.directory, 'missing.txt')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('4 files cannot be read');
    expect(result.stderr).toContain(`${empty}: the file is empty`);
    expect(result.stderr).toContain(`${binary}: not a text file`);
    expect(result.stderr).toContain(`${latin1}: unrecognised text encoding`);
    expect(result.stderr).toContain('missing.txt: no such file');
  });
});
