/**
 * Regression fixtures: the reference article (Asharq, 28 February 2023) went out with six real defects.
 * All six must be reported with the right suggestion, with at most two other diagnostics, whether or
 * not the house word list is loaded.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from './diagnostic.ts';
import { createProofreader, type Proofreader } from './proofreader.ts';

const REFERENCE = fs.readFileSync(fileURLToPath(new URL('../../demo/asharq-2023-02-28-blinken-kazakhstan.txt', import.meta.url)), 'utf8');
const CAPTION = 'وزير الخارجية الأميركي أنتوني بلينكن مع أحد أعضاء السفارة الأميركية في كازاخستان. أستانة. 28 فبراير 2023 - twitter.com/SecBlinken';

interface Defect {
  name: string;
  rule: string;
  /** The flagged text, as `text.slice(start, end)`. */
  flagged: string;
  suggestion: string;
  line: number;
}

const DEFECTS: Defect[] = [
  { name: 'the caption pasted twice', rule: 'duplicate-line', flagged: `${CAPTION}\n`, suggestion: '', line: 4 },
  { name: 'a letter typed three times', rule: 'repeated-letter', flagged: 'علللحصول', suggestion: 'على الحصول', line: 11 },
  { name: 'a bracket closed by a quote', rule: 'unbalanced-brackets', flagged: '"', suggestion: ')', line: 47 },
  { name: 'a repeated verb', rule: 'repeated-word', flagged: 'تمتلك ', suggestion: '', line: 57 },
  { name: 'one word spelled two ways', rule: 'inconsistent-spelling', flagged: 'السوفييتي', suggestion: 'السوفيتي', line: 57 },
  { name: 'a misspelling', rule: 'misspelling', flagged: 'الأميركيتيين', suggestion: 'الأميركيتين', line: 57 },
];

function matches(diagnostic: Diagnostic, defect: Defect): boolean {
  return diagnostic.rule === defect.rule && REFERENCE.slice(diagnostic.start, diagnostic.end) === defect.flagged && diagnostic.line === defect.line;
}

describe.each([
  ['with the house word list', undefined],
  ['without the house word list', []],
])('the reference article, %s', (_label, houseWords) => {
  let proofreader: Proofreader;
  let diagnostics: Diagnostic[];
  beforeAll(async () => {
    proofreader = await createProofreader(houseWords === undefined ? {} : { houseWords });
    diagnostics = proofreader.proof(REFERENCE);
  });

  it.each(DEFECTS.map((defect) => [defect.name, defect] as const))('reports %s with the right suggestion', (_name, defect) => {
    const found = diagnostics.find((diagnostic) => matches(diagnostic, defect));
    expect(found, JSON.stringify(diagnostics.map((diagnostic) => [diagnostic.rule, diagnostic.line, diagnostic.excerpt.text]))).toBeDefined();
    expect(found?.suggestions[0]).toBe(defect.suggestion);
  });

  it('reports at most two other diagnostics', () => {
    const others = diagnostics.filter((diagnostic) => !DEFECTS.some((defect) => matches(diagnostic, defect)));
    expect(others.length, JSON.stringify(others)).toBeLessThanOrEqual(2);
  });

  it('places each diagnostic by line, column and excerpt', () => {
    const lines = REFERENCE.split('\n');
    for (const diagnostic of diagnostics) {
      const line = lines[diagnostic.line - 1] ?? '';
      expect(line.slice(diagnostic.column - 1)).toBe(REFERENCE.slice(diagnostic.start, diagnostic.start + line.length - diagnostic.column + 1));
      const { excerpt } = diagnostic;
      expect(excerpt.text.slice(excerpt.start, excerpt.end)).toBe(REFERENCE.slice(diagnostic.start, diagnostic.end).replace(/\n$/, ''));
    }
  });

  it('leaves the article alone when every rule is switched off', () => {
    expect(proofreader.proof(REFERENCE, { disable: proofreader.rules.map((rule) => rule.id) })).toEqual([]);
  });
});
