import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/test-app.ts';

const REFERENCE = fs.readFileSync(fileURLToPath(new URL('../../demo/asharq-2023-02-28-blinken-kazakhstan.txt', import.meta.url)), 'utf8');

describe('proof API', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp();
  });
  afterAll(() => testApp.close());

  const proof = (payload: unknown) => testApp.app.inject({ method: 'POST', url: '/api/v1/proof', payload: payload as Record<string, unknown> });

  it('returns the diagnostics of a text with offsets, line, column, excerpt and suggestions', async () => {
    const response = await proof({ text: 'وافق المجلس فقط فقط على القرار' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const { diagnostics } = response.json();
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({
      rule: 'repeated-word',
      severity: 'error',
      start: 16,
      end: 20,
      line: 1,
      column: 17,
      suggestions: [''],
      safeFix: false,
      message: { ar: expect.stringMatching(/\p{Script=Arabic}/u), en: expect.any(String) },
    });
    expect(diagnostics[0].excerpt.text.slice(diagnostics[0].excerpt.start, diagnostics[0].excerpt.end)).toBe('فقط ');
  });

  it('finds the reference article’s six defects', async () => {
    const response = await proof({ text: REFERENCE });
    const rules = response.json().diagnostics.map((diagnostic: { rule: string }) => diagnostic.rule);
    expect(rules).toEqual(expect.arrayContaining(['duplicate-line', 'repeated-letter', 'unbalanced-brackets', 'repeated-word', 'inconsistent-spelling', 'misspelling']));
  });

  it('switches rules off per request', async () => {
    const response = await proof({ text: 'وافق المجلس فقط فقط على القرار', disable: ['repeated-word'] });
    expect(response.json()).toEqual({ diagnostics: [] });
  });

  it.each([
    ['no text', {}, /text/],
    ['an object for text', { text: { body: 'نص' } }, /text/],
    ['an unknown rule', { text: 'نص', disable: ['no-such-rule'] }, /disable/],
  ])('answers %s with a 400 and an English JSON error', async (_label, payload, message) => {
    const response = await proof(payload);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toMatch(message);
  });

  it('refuses a body over a megabyte with 413', async () => {
    const response = await proof({ text: 'ا'.repeat(600_000) });
    expect(response.statusCode).toBe(413);
    expect(response.json().error.status).toBe(413);
  });

  it('lists the rules with their examples', async () => {
    const response = await testApp.app.inject({ url: '/api/v1/proof/rules' });
    expect(response.statusCode).toBe(200);
    const { rules } = response.json();
    expect(rules.map((rule: { id: string }) => rule.id)).toContain('misspelling');
    expect(rules.every((rule: { examples: unknown[] }) => rule.examples.length > 0)).toBe(true);
  });
});
