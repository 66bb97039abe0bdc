/**
 * Tests generated from each rule's worked examples: every `wrong` is reported, applying the first
 * suggestion of each finding gives `right`, and `right` and every accepted text pass clean.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { WordLexicon } from '../lexicon/word-lexicon.ts';
import { createProofreader } from '../proofreader.ts';
import type { Finding } from '../rule.ts';
import { ProofDocument } from '../text/proof-document.ts';
import { ALL_RULES } from './index.ts';

let lexicon: WordLexicon;
beforeAll(async () => {
  lexicon = (await createProofreader({ houseWords: [] })).lexicon;
});

function applyFirstSuggestions(text: string, findings: Finding[]): string {
  let result = text;
  for (const finding of [...findings].sort((left, right) => right.start - left.start)) {
    const suggestion = finding.suggestions[0];
    if (suggestion !== undefined) result = result.slice(0, finding.start) + suggestion + result.slice(finding.end);
  }
  return result;
}

describe.each(ALL_RULES.map((rule) => [rule.id, rule] as const))('rule %s', (_id, rule) => {
  it('has an id, a severity, both messages and examples', () => {
    expect(rule.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
    expect(['error', 'warning', 'info']).toContain(rule.severity);
    expect(rule.message.ar).toMatch(/\p{Script=Arabic}/u);
    expect(rule.message.en).toMatch(/^[A-Z]/);
    expect(rule.examples.length).toBeGreaterThan(0);
  });

  it.each(rule.examples.map((example) => [example.wrong, example.right] as const))('%s → %s', (wrong, right) => {
    const findings = rule.check(new ProofDocument(wrong), { lexicon });
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) {
      expect(finding.start).toBeGreaterThanOrEqual(0);
      expect(finding.end).toBeGreaterThan(finding.start);
      expect(finding.end).toBeLessThanOrEqual(wrong.length);
    }
    if (right === wrong) {
      expect(findings.every((finding) => finding.suggestions.length === 0)).toBe(true);
      return;
    }
    expect(applyFirstSuggestions(wrong, findings)).toBe(right);
    expect(rule.check(new ProofDocument(right), { lexicon })).toEqual([]);
  });

  it.each(rule.accepts.map((text) => [text] as const))('accepts %s', (text) => {
    expect(rule.check(new ProofDocument(text), { lexicon })).toEqual([]);
  });
});
