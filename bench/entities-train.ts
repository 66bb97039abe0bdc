/**
 * Trains the entity tagger on the first 80% of ANERcorp's tokens and writes
 * src/entities/tagger/ner-model.json.gz. Prints the tagger's own scores on the last 20% (the full
 * extractor is scored by bench/entities-anercorp.ts).
 *
 *   npx tsx bench/entities-train.ts [--epochs N] [--min-count N] [--dry-run] [--dev | --fold K] [--out FILE]
 *
 * `--dev` tunes without touching the test part: it trains on the first 80% of the training part and
 * scores on the rest of it, and writes the model only to `--out FILE` if given (score the whole
 * extractor with it: `bench/entities-anercorp.ts --part dev --model FILE`). `--fold K` (0–4) does the
 * same with fold K of five of the training part held out (`--dev` is `--fold 4`), for tuning by
 * cross-validation: score each with `bench/entities-anercorp.ts --part foldK --model FILE` and pool
 * the counts; a change that helps one split of 1,700 names often does not help the next.
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { splitRefined } from './entities-newsfane.ts';
import { gazetteer } from '../src/entities/gazetteer/gazetteer.ts';
import { sequenceFeatures } from '../src/entities/tagger/features.ts';
import { LABELS } from '../src/entities/tagger/labels.ts';
import { learnedIndex } from '../src/entities/tagger/learned-names.ts';
import { encodeModel, MODEL_FILE } from '../src/entities/tagger/model-file.ts';
import { decode } from '../src/entities/tagger/perceptron.ts';
import { alignTokens, wordLabels } from './entities-align.ts';
import { goldEntities, readAnercorp, sentencesOf, trainingFold } from './entities-anercorp-data.ts';
import { trainTagger } from './entities-tagger-training.ts';

const { values } = parseArgs({
  options: {
    'no-newsfane': { type: 'boolean', default: false },
    epochs: { type: 'string', default: '12' },
    'min-count': { type: 'string', default: '2' },
    'min-weight': { type: 'string', default: '0.2' },
    'dry-run': { type: 'boolean', default: false },
    dev: { type: 'boolean', default: false },
    out: { type: 'string' },
    fold: { type: 'string' },
  },
});

const gazetteerData = gazetteer();
const split = splitRefined(readAnercorp(), !values['no-newsfane']);
if (values.fold !== undefined) values.dev = true;
const { train: trainTokens, test: testTokens } = values.dev ? trainingFold(split.train, Number(values.fold ?? 4)) : split;
const started = performance.now();
const weights = trainTagger(trainTokens, {
  epochs: Number(values.epochs),
  minCount: Number(values['min-count']),
  onEpoch: (epoch, errors, tokens) => console.error(`epoch ${epoch}: ${(errors / tokens * 100).toFixed(2)}% tokens wrong`),
});
console.error(`trained in ${((performance.now() - started) / 1000).toFixed(1)} s, ${weights.emissions.size} features`);

const learned = weights.learned === undefined ? undefined : learnedIndex(weights.learned);
// The tagger alone on the test part, by word: an entity is a maximal B/I run, scored by exact word span.
const counts = new Map<string, { tp: number; fp: number; fn: number }>();
const count = (type: string) => counts.get(type) ?? (counts.set(type, { tp: 0, fp: 0, fn: 0 }), counts.get(type)!);
for (const sentence of sentencesOf(testTokens)) {
  const aligned = alignTokens(sentence);
  const predicted = decode(weights, sequenceFeatures(aligned.words, gazetteerData, learned)).map((label) => (LABELS[label] ?? 'O').replace(/\.[\w-]+$/u, ''));
  const gold = goldEntities(wordLabels(aligned, sentence));
  const guessed = goldEntities(predicted);
  const key = (entity: { type: string; from: number; to: number }) => `${entity.type}:${entity.from}:${entity.to}`;
  const goldKeys = new Set(gold.filter((entity) => entity.type !== 'MISC').map(key));
  const guessedKeys = new Set(guessed.filter((entity) => entity.type !== 'MISC').map(key));
  for (const entity of goldKeys) count(entity.split(':')[0]!)[guessedKeys.has(entity) ? 'tp' : 'fn'] += 1;
  for (const entity of guessedKeys) if (!goldKeys.has(entity)) count(entity.split(':')[0]!).fp += 1;
}
let all = { tp: 0, fp: 0, fn: 0 };
for (const [type, { tp, fp, fn }] of [...counts].sort()) {
  all = { tp: all.tp + tp, fp: all.fp + fp, fn: all.fn + fn };
  const p = tp / (tp + fp);
  const r = tp / (tp + fn);
  console.log(`${type}\tP ${p.toFixed(3)}\tR ${r.toFixed(3)}\tF1 ${((2 * p * r) / (p + r)).toFixed(3)}`);
}
const p = all.tp / (all.tp + all.fp);
const r = all.tp / (all.tp + all.fn);
console.log(`tagger alone${values.dev ? ' (dev split)' : ''}, overall\tP ${p.toFixed(3)}\tR ${r.toFixed(3)}\tF1 ${((2 * p * r) / (p + r)).toFixed(3)}`);

const target = values.dev ? values.out : values['dry-run'] ? undefined : MODEL_FILE;
if (target !== undefined) {
  const source = values.dev ? `first 80% of tokens without fold ${values.fold ?? 4} of 5 (tuning model)` : 'first 80% of tokens (120,099 of 150,124)';
  const bytes = encodeModel(weights, `ANERcorp (Benajiba et al. 2007), ${source}`, Number(values['min-weight']));
  fs.writeFileSync(target, bytes);
  console.error(`wrote ${target} (${(bytes.length / 1024).toFixed(0)} KiB)`);
}
