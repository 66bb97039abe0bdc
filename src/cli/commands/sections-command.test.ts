import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createTemporaryDirectory } from '../../test-support/test-database.ts';
import { runSahifa } from '../../../test/run-cli.ts';
import { runCli } from '../main.ts';

const temporary = createTemporaryDirectory('sahifa-sections-');
const databasePath = path.join(temporary.directory, 'site.db');
afterAll(() => temporary.remove());

/** `sahifa sections …` in this process (the subprocess test below covers the real executable). */
async function sections(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  try {
    return { code: await runCli(['sections', ...args, '--db', databasePath]), stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}
const slugs = async () => JSON.parse((await sections('list', '--json')).stdout).sections.map((section: { slug: string }) => section.slug);

describe('sahifa sections', () => {
  it('starts a new site with the default Arabic sections, and lets editors add, rename and reorder them', async () => {
    const listed = await sections('list', '--json');
    expect(listed.code).toBe(0);
    expect(JSON.parse(listed.stdout).sections[0]).toEqual({ position: 1, slug: 'middle-east', name: 'الشرق الأوسط', articles: 0, autoFiled: 0 });
    expect(await slugs()).toEqual(['middle-east', 'international', 'economy', 'sport', 'technology', 'culture']);

    const added = await sections('add', 'health', 'صحة', '--after', 'economy');
    expect(added.code).toBe(0);
    expect(added.stdout).toContain('4\thealth\tصحة\t0 articles\n');
    expect((await sections('rename', 'culture', 'ثقافة', 'وفنون')).stdout).toContain('culture\tثقافة وفنون');
    expect((await sections('reorder', 'sport', 'economy')).code).toBe(0);
    expect(await slugs()).toEqual(['sport', 'economy', 'middle-east', 'international', 'health', 'technology', 'culture']);
  });

  it.each([
    ['a slug that is no URL name', ['add', 'Health!', 'صحة'], /invalid slug "Health!"/],
    ['a name without Arabic', ['add', 'tech2', 'Tech'], /section names are Arabic/],
    ['a slug taken', ['add', 'sport', 'رياضات'], /a section "sport" already exists/],
    ['a name taken (hamza spelled otherwise)', ['rename', 'sport', 'الشرق', 'الاوسط'], /the section "middle-east" is already called "الشرق الأوسط"/],
    ['an unknown section', ['rename', 'weather', 'طقس'], /no section "weather" \(sections: /],
    ['a section named twice', ['reorder', 'sport', 'sport'], /"sport" is named twice/],
  ])('refuses %s with a clear message and changes nothing', async (_, args, message) => {
    const before = await slugs();
    const run = await sections(...args);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
    expect(await slugs()).toEqual(before);
  });

  it('runs as `sahifa sections`', async () => {
    const run = await runSahifa(['sections', '--db', databasePath]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^1\tsport\tرياضة\t0 articles\n/);
    const bad = await runSahifa(['sections', 'add', 'X', 'صحة', '--db', databasePath]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^sahifa: error: invalid slug "X"/);
  });
});
