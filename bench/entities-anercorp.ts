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
import { extractEntitiesDetailed } from '../src/entities/extract-entities.ts';
import { emptyNameMemory, rememberNames } from '../src/entities/names/name-memory.ts';
import { useModelFile } from '../src/entities/tagger/model-file.ts';
import { alignTokens, tokenAt } from './entities-align.ts';
import { goldEntities, readAnercorp, sentencesOf, splitAnercorp, trainingFold, type GoldToken } from './entities-anercorp-data.ts';

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

const TYPES = ['PER', 'LOC', 'ORG'] as const;
const split = splitAnercorp(readAnercorp());
const foldPart = /^fold(\d)$/.exec(values.part ?? '');
const tokens =
  values.part === 'train' ? split.train : values.part === 'dev' ? trainingFold(split.train, 4).test : foldPart !== null ? trainingFold(split.train, Number(foldPart[1])).test : split.test;
const sentences = sentencesOf(tokens);
const perArticle = Number(values.sentences);

const counts = Object.fromEntries(TYPES.map((type) => [type, { tp: 0, fp: 0, fn: 0 }]));
const errors: string[] = [];
let memory = emptyNameMemory();
const started = performance.now();
for (let first = 0; first < sentences.length; first += perArticle) {
  const article: GoldToken[] = sentences.slice(first, first + perArticle).flat();
  const aligned = alignTokens(article);
  const key = (type: string, from: number, to: number) => `${type}:${from}:${to}`;
  const gold = new Set(goldEntities(article.map((token) => token.tag)).filter((entity) => entity.type !== 'MISC').map((entity) => key(entity.type, entity.from, entity.to)));
  const extraction = extractEntitiesDetailed(aligned.text, { demonyms: false, knownNames: memory });
  if (values.memory) memory = rememberNames(memory, extraction.learned);
  const found = new Set(
    extraction.entities
      .filter((entity) => (TYPES as readonly string[]).includes(entity.type))
      .map((entity) => key(entity.type, tokenAt(aligned.tokenStarts, entity.start), tokenAt(aligned.tokenStarts, entity.end - 1) + 1)),
  );
  const show = (entity: string) => {
    const [type = '', from = 0, to = 0] = entity.split(':').map((part, index) => (index === 0 ? part : Number(part))) as [string, number, number];
    return `${type} ${article.slice(from, to).map((token) => token.text).join(' ')}  «${article.slice(Math.max(0, from - 4), to + 3).map((token) => token.text).join(' ')}»`;
  };
  for (const entity of gold) {
    const hit = found.has(entity);
    counts[entity.split(':')[0]!]![hit ? 'tp' : 'fn'] += 1;
    if (!hit) errors.push(`missed ${show(entity)}`);
  }
  for (const entity of found) {
    if (gold.has(entity)) continue;
    counts[entity.split(':')[0]!]!.fp += 1;
    errors.push(`wrong  ${show(entity)}`);
  }
}
const seconds = (performance.now() - started) / 1000;

const f1 = ({ tp, fp, fn }: { tp: number; fp: number; fn: number }) => {
  const precision = tp / (tp + fp || 1);
  const recall = tp / (tp + fn || 1);
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall || 1) };
};
console.log(`ANERcorp ${values.part} part: ${tokens.length} tokens, ${sentences.length} sentences, ${seconds.toFixed(1)} s${values.memory ? `, name memory: ${Object.keys(memory.names).length} names learned on the way` : ''}`);
console.log('type\tprecision\trecall\tF1\tgold');
let all = { tp: 0, fp: 0, fn: 0 };
for (const type of TYPES) {
  const count = counts[type]!;
  all = { tp: all.tp + count.tp, fp: all.fp + count.fp, fn: all.fn + count.fn };
  const score = f1(count);
  console.log(`${type}\t${score.precision.toFixed(3)}\t\t${score.recall.toFixed(3)}\t${score.f1.toFixed(3)}\t${count.tp + count.fn}`);
}
const overall = f1(all);
console.log(`overall\t${overall.precision.toFixed(3)}\t\t${overall.recall.toFixed(3)}\t${overall.f1.toFixed(3)}\t${all.tp + all.fn}`);
console.log(`distance to 0.80 F1: ${(0.8 - overall.f1).toFixed(3)}`);
for (const line of errors.slice(0, Number(values.errors))) console.log(line);
