/**
 * False alarms on published news: every diagnostic on the 1,000-article ANT test sample counts as one,
 * reported per 1,000 words and per rule. Target: error-severity alarms at most 1 per 10,000 words.
 *
 *   npx tsx bench/proofing-false-alarms.ts [--examples N] [--rule ID]
 */
import { parseArgs } from 'node:util';
import { createProofreader } from '../src/proofing/proofreader.ts';
import type { Severity } from '../src/proofing/rule.ts';
import { antOrSkip, articleText, countWords, splitCorpus } from './proofing-corpus.ts';

const { values } = parseArgs({ options: { examples: { type: 'string', default: '0' }, rule: { type: 'string' } } });
const exampleCount = Number(values.examples);

const { test } = splitCorpus(antOrSkip());
const proofreader = await createProofreader();
const perRule = new Map<string, { severity: Severity; count: number; examples: string[] }>();
for (const rule of proofreader.rules) perRule.set(rule.id, { severity: rule.severity, count: 0, examples: [] });
let words = 0;
for (const article of test) {
  const text = articleText(article);
  words += countWords(text);
  for (const diagnostic of proofreader.proof(text)) {
    const entry = perRule.get(diagnostic.rule);
    if (entry === undefined) continue;
    entry.count += 1;
    if (entry.examples.length < exampleCount && (values.rule === undefined || values.rule === diagnostic.rule)) {
      const { excerpt } = diagnostic;
      const marked = `${excerpt.text.slice(0, excerpt.start)}⟦${excerpt.text.slice(excerpt.start, excerpt.end)}⟧${excerpt.text.slice(excerpt.end)}`;
      entry.examples.push(`${article.id}: ${marked.replace(/\n/g, '⏎')} → ${JSON.stringify(diagnostic.suggestions)}`);
    }
  }
}

const per1000 = (count: number) => ((count / words) * 1000).toFixed(3);
console.log(`False alarms on ${test.length} published ANT articles (${words.toLocaleString('en')} words)\n`);
console.log('rule                             severity  alarms  per 1,000 words');
for (const [id, entry] of perRule) {
  console.log(`${id.padEnd(33)}${entry.severity.padEnd(10)}${String(entry.count).padStart(6)}  ${per1000(entry.count).padStart(8)}`);
}
const bySeverity = (severity: Severity) => [...perRule.values()].filter((entry) => entry.severity === severity).reduce((sum, entry) => sum + entry.count, 0);
const total = [...perRule.values()].reduce((sum, entry) => sum + entry.count, 0);
console.log(`${'all rules'.padEnd(43)}${String(total).padStart(6)}  ${per1000(total).padStart(8)}`);
const errors = bySeverity('error');
const errorsPer10k = (errors / words) * 10_000;
console.log(`\nerror severity: ${errors} alarms, ${errorsPer10k.toFixed(2)} per 10,000 words (target ≤ 1): ${errorsPer10k <= 1 ? 'PASS' : 'FAIL'}`);
console.log(`warning severity: ${bySeverity('warning')}, info severity: ${bySeverity('info')}`);
for (const [id, entry] of perRule) {
  if (entry.examples.length === 0) continue;
  console.log(`\n## ${id}`);
  for (const example of entry.examples) console.log(`  ${example}`);
}
