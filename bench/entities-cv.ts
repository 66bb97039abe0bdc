/**
 * Five-fold cross-validation of the whole extractor on ANERcorp's training part (the first 80% of its
 * tokens; the last 20% is never read): for each fold, the tagger is trained on the other four, pruned
 * as the shipped file is, and the extractor scored on the fold; the counts of the folds are pooled.
 * This is what tuning decides on: one fold of 1,700 names moves by ±0.01 with changes that do nothing.
 *
 *   npx tsx bench/entities-cv.ts [--folds 0,1,2,3,4] [--epochs 12] [--min-count 2] [--min-weight 0.2] [--errors FILE] [--kinds] [--no-learned-names] [--seed N] [--clusters FILE]
 *
 * `--errors FILE` writes every miss and false alarm of every fold, for error analysis; `--kinds` counts
 * them by kind (nothing found there, a wrong span, a wrong type, or both); `--no-learned-names` trains
 * without the names of the training data's own annotations (learned-names.ts), for comparison; `--seed N`
 * another training order, to see how much of a difference is the perceptron's noise (about ±0.002);
 * `--clusters FILE` word classes other than the shipped ones (a new bench/entities-clusters.ts --out FILE).
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { splitRefined } from './entities-newsfane.ts';
import { useWeights } from '../src/entities/tagger/model-file.ts';
import { useClusterFile } from '../src/entities/tagger/word-clusters.ts';
import { readAnercorp, trainingFold } from './entities-anercorp-data.ts';
import { addCounts, emptyCounts, f1, printCounts, scoreExtractor } from './entities-anercorp-scoring.ts';
import { asShipped, trainTagger } from './entities-tagger-training.ts';

const { values } = parseArgs({
  options: {
    'no-newsfane': { type: 'boolean', default: false },
    folds: { type: 'string', default: '0,1,2,3,4' },
    epochs: { type: 'string', default: '12' },
    'min-count': { type: 'string', default: '2' },
    'min-weight': { type: 'string', default: '0.2' },
    sentences: { type: 'string', default: '8' },
    errors: { type: 'string' },
    kinds: { type: 'boolean', default: false },
    'no-learned-names': { type: 'boolean', default: false },
    seed: { type: 'string', default: '12345' },
    clusters: { type: 'string' },
  },
});
if (values.clusters !== undefined) useClusterFile(values.clusters);

const split = splitRefined(readAnercorp(), !values['no-newsfane']);
const pooled = emptyCounts();
const errors: string[] = [];
const kinds = new Map<string, number>();
const started = performance.now();
for (const fold of values.folds.split(',').map(Number)) {
  const { train, test } = trainingFold(split.train, fold);
  useWeights(asShipped(trainTagger(train, { epochs: Number(values.epochs), minCount: Number(values['min-count']), learnedNames: !values['no-learned-names'], seed: Number(values.seed) }), Number(values['min-weight'])));
  const scored = scoreExtractor(test, { perArticle: Number(values.sentences) });
  addCounts(pooled, scored.counts);
  errors.push(...scored.errors.map((line) => `fold${fold} ${line}`));
  for (const [kind, count] of scored.kinds) kinds.set(kind, (kinds.get(kind) ?? 0) + count);
  const all = Object.values(scored.counts).reduce((sum, count) => ({ tp: sum.tp + count.tp, fp: sum.fp + count.fp, fn: sum.fn + count.fn }));
  console.error(`fold ${fold}: F1 ${f1(all).f1.toFixed(4)} (${((performance.now() - started) / 1000).toFixed(0)} s)`);
}
console.log(`ANERcorp training part, folds ${values.folds} pooled:`);
printCounts(pooled);
if (values.kinds) for (const [kind, count] of [...kinds].sort()) console.log(`${kind}\t${count}`);
if (values.errors !== undefined) fs.writeFileSync(values.errors, `${errors.join('\n')}\n`);
