/**
 * Where the extractor's errors come from, layer by layer, by five-fold cross-validation on ANERcorp's
 * training part (as bench/entities-cv.ts: the last 20% is never read). For each fold the tagger is
 * trained on the other four and pruned as shipped; on the fold it prints
 * - the tagger alone (its PER/LOC/ORG spans, as the extractor gets them) against the whole extractor;
 * - per evidence (the layer that decided a found name: cue, gazetteer, memory, alias, tagger, …) and
 *   type, the names found right and wrong, i.e. each layer's precision;
 * - the gold names the tagger had right that the extractor lost, by the evidence of what replaced them
 *   (`dropped`: nothing overlaps), and the ones it won over the tagger, by the evidence that won them.
 *
 *   npx tsx bench/entities-layers.ts [--folds 0,1,2,3,4] [--seed N] [--show N]
 */
import { parseArgs } from 'node:util';
import { splitRefined } from './entities-newsfane.ts';
import { explainEntities } from '../src/entities/extract-entities.ts';
import { gazetteer } from '../src/entities/gazetteer/gazetteer.ts';
import { shippedWeights, useWeights } from '../src/entities/tagger/model-file.ts';
import { tagNames } from '../src/entities/tagger/tag-names.ts';
import { alignTokens, tokenAt } from './entities-align.ts';
import { goldEntities, readAnercorp, sentencesOf, trainingFold, type GoldToken } from './entities-anercorp-data.ts';
import { emptyCounts, printCounts, TYPES, type Counts } from './entities-anercorp-scoring.ts';
import { asShipped, trainTagger } from './entities-tagger-training.ts';

const { values } = parseArgs({
  options: {
    'no-newsfane': { type: 'boolean', default: false },
    folds: { type: 'string', default: '0,1,2,3,4' },
    seed: { type: 'string', default: '12345' },
    sentences: { type: 'string', default: '8' },
    show: { type: 'string', default: '0' },
  },
});

const split = splitRefined(readAnercorp(), !values['no-newsfane']);
const taggerCounts = emptyCounts();
const extractorCounts = emptyCounts();
const byEvidence = new Map<string, { right: number; wrong: number }>();
const lost = new Map<string, number>();
const won = new Map<string, number>();
const bounds = new Map<string, number>();
const examples = new Map<string, string[]>();
const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
const note = (kind: string, line: string) => {
  const list = examples.get(kind) ?? (examples.set(kind, []), examples.get(kind)!);
  list.push(line);
};

function score(counts: Counts, gold: ReadonlySet<string>, found: ReadonlySet<string>): void {
  for (const entity of gold) counts[entity.split(':')[0] as keyof Counts][found.has(entity) ? 'tp' : 'fn'] += 1;
  for (const entity of found) if (!gold.has(entity)) counts[entity.split(':')[0] as keyof Counts].fp += 1;
}

const overlaps = (a: string, b: string) => {
  const [, af, at] = a.split(':').map(Number) as [number, number, number];
  const [, bf, bt] = b.split(':').map(Number) as [number, number, number];
  return af! < bt! && bf! < at!;
};

for (const fold of values.folds.split(',').map(Number)) {
  const { train, test } = trainingFold(split.train, fold);
  useWeights(asShipped(trainTagger(train, { epochs: 12, minCount: 2, seed: Number(values.seed) }), 0.2));
  const sentences = sentencesOf(test);
  for (let first = 0; first < sentences.length; first += Number(values.sentences)) {
    const article: GoldToken[] = sentences.slice(first, first + Number(values.sentences)).flat();
    const aligned = alignTokens(article);
    const key = (type: string, from: number, to: number) => `${type}:${from}:${to}`;
    const gold = new Set(goldEntities(article.map((token) => token.tag)).filter((entity) => entity.type !== 'MISC').map((entity) => key(entity.type, entity.from, entity.to)));
    const tagged = new Set(
      tagNames(aligned.words, aligned.text, shippedWeights(), gazetteer()).map((span) => key(span.type, aligned.tokenOfWord[span.from]!, aligned.tokenOfWord[span.to - 1]! + 1)),
    );
    const evidenceOf = new Map<string, string>();
    for (const entity of explainEntities(aligned.text, { demonyms: false })) {
      if (!(TYPES as readonly string[]).includes(entity.type)) continue;
      evidenceOf.set(key(entity.type, tokenAt(aligned.tokenStarts, entity.start), tokenAt(aligned.tokenStarts, entity.end - 1) + 1), entity.evidence);
    }
    const found = new Set(evidenceOf.keys());
    score(taggerCounts, gold, tagged);
    score(extractorCounts, gold, found);
    const show = (entity: string) => {
      const [type = '', from = 0, to = 0] = entity.split(':').map((part, index) => (index === 0 ? part : Number(part))) as [string, number, number];
      return `${type} ${article.slice(from, to).map((token) => token.text).join(' ')}  «${article.slice(Math.max(0, from - 4), to + 3).map((token) => token.text).join(' ')}»`;
    };
    for (const [entity, evidence] of evidenceOf) {
      const label = `${evidence} ${entity.split(':')[0]}`;
      const tally = byEvidence.get(label) ?? (byEvidence.set(label, { right: 0, wrong: 0 }), byEvidence.get(label)!);
      tally[gold.has(entity) ? 'right' : 'wrong'] += 1;
      if (!gold.has(entity)) note(`wrong ${label}`, `${show(entity)}${tagged.has(entity) ? '' : ' [tagger: ' + ([...tagged].filter((other) => overlaps(other, entity)).map(show).join('; ') || 'none') + ']'}`);
    }
    for (const entity of gold) {
      const type = entity.split(':')[0]!;
      if (!found.has(entity)) {
        const [, from, to] = entity.split(':').map(Number) as [number, number, number];
        for (const other of found) {
          const [otherType, otherFrom, otherTo] = other.split(':').map((part, index) => (index === 0 ? part : Number(part))) as [string, number, number];
          if (otherType !== type || !overlaps(other, entity)) continue;
          const side = (mine: number, theirs: number, early: string, late: string) => (theirs < mine ? early : theirs > mine ? late : '=');
          const label = `${type} bounds ${side(from, otherFrom, 'start-earlier', 'start-later')} ${side(to, otherTo, 'end-earlier', 'end-later')} (${evidenceOf.get(other)})`;
          bump(bounds, label);
          note(label, `${show(entity)} → ${show(other)}`);
        }
      }
      if (tagged.has(entity) && !found.has(entity)) {
        const by = [...found].filter((other) => overlaps(other, entity)).map((other) => evidenceOf.get(other)!);
        const label = `${type} lost to ${by.length === 0 ? 'dropped' : by.join('+')}`;
        bump(lost, label);
        note(label, `${show(entity)} → ${[...found].filter((other) => overlaps(other, entity)).map(show).join('; ')}`);
      } else if (!tagged.has(entity) && found.has(entity)) {
        bump(won, `${type} won by ${evidenceOf.get(entity)}`);
      }
    }
  }
  console.error(`fold ${fold} done`);
}

console.log('tagger alone:');
printCounts(taggerCounts);
console.log('whole extractor:');
printCounts(extractorCounts);
console.log('\nfound names by evidence: right / wrong (precision)');
for (const [label, { right, wrong }] of [...byEvidence].sort()) console.log(`${label}\t${right}\t${wrong}\t${(right / (right + wrong)).toFixed(3)}`);
console.log('\ngold names the tagger had right and the extractor lost, by what took their place:');
for (const [label, count] of [...lost].sort((a, b) => b[1] - a[1])) console.log(`${label}\t${count}`);
console.log('\ngold names the tagger missed and the extractor found, by evidence:');
for (const [label, count] of [...won].sort((a, b) => b[1] - a[1])) console.log(`${label}\t${count}`);
console.log('\ngold names found with other bounds (same type), by side and evidence:');
for (const [label, count] of [...bounds].sort((a, b) => b[1] - a[1])) console.log(`${label}\t${count}`);
const show = Number(values.show);
if (show > 0) for (const [kind, lines] of [...examples].sort()) console.log(`\n== ${kind} (${lines.length})\n${lines.slice(0, show).join('\n')}`);
