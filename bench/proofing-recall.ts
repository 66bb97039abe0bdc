/**
 * Error-injection recall: each rule's kind of defect is injected into clean ANT paragraphs (or whole
 * articles, for rules that compare across an article) from the test sample; recall is the share of
 * injected defects the rule reports, and "right fix" the share whose first suggestion repairs it.
 * Target: recall ≥ 90% for every rule.
 *
 *   npx tsx bench/proofing-recall.ts [--trials N]
 */
import { parseArgs } from 'node:util';
import { createProofreader } from '../src/proofing/proofreader.ts';
import { antOrSkip, articleText, splitCorpus } from './proofing-corpus.ts';
import { INJECTORS, seededRandom } from './proofing-injectors.ts';

const { values } = parseArgs({ options: { trials: { type: 'string', default: '300' }, misses: { type: 'string' } } });
const trials = Number(values.trials);

const { test } = splitCorpus(antOrSkip());
const proofreader = await createProofreader();
const articles = test.map(articleText);
const paragraphs = articles.flatMap((text) => text.split('\n')).filter((paragraph) => paragraph.split(/\s+/).length >= 12);

console.log(`Error-injection recall: up to ${trials} injected defects per rule into clean ANT text (test sample)\n`);
console.log('rule                             injected  recall  right fix');
let allPass = true;
for (const rule of proofreader.rules) {
  const injector = INJECTORS[rule.id];
  if (injector === undefined) {
    console.log(`${rule.id.padEnd(33)}(no injector)`);
    continue;
  }
  const random = seededRandom(rule.id.length * 7919 + 17);
  const pool = injector.scope === 'article' ? articles : paragraphs;
  let injected = 0;
  let found = 0;
  let repaired = 0;
  let withRepair = 0;
  for (let attempt = 0; attempt < trials * 20 && injected < trials; attempt += 1) {
    const clean = pool[Math.floor(random() * pool.length)] as string;
    // Only text on which the rule is silent counts as clean.
    if (proofreader.proof(clean).some((diagnostic) => diagnostic.rule === rule.id)) continue;
    const injection = injector.inject(clean, random, proofreader.lexicon);
    if (injection === undefined) continue;
    injected += 1;
    const hit = proofreader
      .proof(injection.text)
      .find((diagnostic) => diagnostic.rule === rule.id && diagnostic.start < Math.max(injection.end, injection.start + 1) && diagnostic.end > injection.start - 1);
    if (hit !== undefined) found += 1;
    else if (values.misses === rule.id) {
      console.log(`  missed: …${injection.text.slice(Math.max(0, injection.start - 40), injection.start)}⟦${injection.text.slice(injection.start, injection.end)}⟧${injection.text.slice(injection.end, injection.end + 40)}…`);
    }
    if (injection.repair !== undefined) {
      withRepair += 1;
      if (hit?.suggestions[0] === injection.repair) repaired += 1;
    }
  }
  const recall = injected === 0 ? 0 : found / injected;
  allPass &&= recall >= 0.9;
  const fix = withRepair === 0 ? '     –' : `${((repaired / withRepair) * 100).toFixed(1).padStart(5)}%`;
  console.log(`${rule.id.padEnd(33)}${String(injected).padStart(8)}  ${(recall * 100).toFixed(1).padStart(5)}%  ${fix}`);
}
console.log(`\nrecall ≥ 90% for every rule: ${allPass ? 'PASS' : 'FAIL'}`);
