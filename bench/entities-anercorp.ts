/**
 * Entity quality on ANERcorp: precision, recall and F1 by exact token span and type, for PER, LOC
 * and ORG, on the last 20% of the tokens (the tagger trains on the first 80%). The whole extractor
 * runs, on pseudo-articles of a few sentences (the corpus has no document boundaries), demonyms off:
 * ANERcorp tags `الروسي` O. A span covers every corpus token it touches, so a clitic the extractor
 * leaves out (`بـ` of `بكازاخستان`) does not count against it.
 *
 * `--part dev` scores the last 20% of the training part, for tuning, with a model trained without it
 * (`bench/entities-train.ts --dev --out FILE`, then `--model FILE` here); `--part fold0` … `fold4`
 * score each fifth of the training part the same way (`entities-train.ts --fold K`), for cross-validation.
 *
 * `--memory` runs the extractor as `sahifa import` does: the names each pseudo-article learned after a
 * cue are remembered (rememberNames, no gold labels) and known to the articles after it.
 *
 *   npx tsx bench/entities-anercorp.ts [--part train|dev|fold0…fold4|test] [--model FILE] [--memory] [--sentences N] [--errors N]
 */
import { parseArgs } from 'node:util';
import { useModelFile } from '../src/entities/tagger/model-file.ts';
import { readAnercorp, sentencesOf, splitAnercorp, trainingFold } from './entities-anercorp-data.ts';
import { printCounts, scoreExtractor } from './entities-anercorp-scoring.ts';

const { values } = parseArgs({
  options: {
    part: { type: 'string', default: 'test' },
    sentences: { type: 'string', default: '8' },
    errors: { type: 'string', default: '0' },
    model: { type: 'string' },
    memory: { type: 'boolean', default: false },
  },
});
if (values.model !== undefined) useModelFile(values.model);

const split = splitAnercorp(readAnercorp());
const foldPart = /^fold(\d)$/.exec(values.part ?? '');
const tokens =
  values.part === 'train' ? split.train : values.part === 'dev' ? trainingFold(split.train, 4).test : foldPart !== null ? trainingFold(split.train, Number(foldPart[1])).test : split.test;

const started = performance.now();
const scored = scoreExtractor(tokens, { perArticle: Number(values.sentences), memory: values.memory });
const seconds = (performance.now() - started) / 1000;
console.log(`ANERcorp ${values.part} part: ${tokens.length} tokens, ${sentencesOf(tokens).length} sentences, ${seconds.toFixed(1)} s${values.memory ? `, name memory: ${scored.learnedNames} names learned on the way` : ''}`);
const overall = printCounts(scored.counts);
console.log(`distance to 0.80 F1: ${(0.8 - overall).toFixed(3)}`);
for (const line of scored.errors.slice(0, Number(values.errors))) console.log(line);
