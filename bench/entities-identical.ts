/**
 * Proof that a change to the extractor's speed changed none of its output: this tree's
 * extractEntitiesDetailed against another copy of the source tree's (`--baseline DIR`, say `git
 * worktree add DIR main --detach`), every entity (type, text, canonical, start, end) and every learned
 * name compared, over ANT bodies (one per URL; with and without a publication date, with and without
 * a name memory built as an import builds it) and the whole of ANERcorp as the quality bench lays it
 * out (pseudo-articles of eight sentences, demonyms off). Exits 1 on the first article that differs.
 *
 *   npx tsx bench/entities-identical.ts --baseline DIR [--articles N]
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractEntitiesDetailed, type ExtractOptions, type ExtractionResult } from '../src/entities/extract-entities.ts';
import { emptyNameMemory, rememberNames, type NameMemory } from '../src/entities/names/name-memory.ts';
import { numberOption, textOption } from './bench-options.ts';
import { readAnt, uniqueByUrl } from './corpora.ts';
import { alignTokens } from './entities-align.ts';
import { readAnercorp, sentencesOf } from './entities-anercorp-data.ts';

type Extract = (text: string, options?: ExtractOptions) => ExtractionResult;

const baselineDirectory = textOption('baseline');
if (baselineDirectory === undefined) {
  console.error('usage: npx tsx bench/entities-identical.ts --baseline DIR [--articles N]');
  process.exit(2);
}
const baselineFile = path.resolve(baselineDirectory, 'src/entities/extract-entities.ts');
if (!fs.existsSync(baselineFile)) {
  console.error(`--baseline: no ${baselineFile}`);
  process.exit(2);
}
const baseline = ((await import(pathToFileURL(baselineFile).href)) as { extractEntitiesDetailed: Extract }).extractEntitiesDetailed;

const articles = uniqueByUrl(readAnt()).slice(0, numberOption('articles', 40_000));
const anercorp = sentencesOf(readAnercorp());
const pseudoArticles: string[] = [];
for (let first = 0; first < anercorp.length; first += 8) pseudoArticles.push(alignTokens(anercorp.slice(first, first + 8).flat()).text);

/** ANT dates are RFC 822 (`Sun, 18 Feb 2018 18:06:52 GMT`); the extractor takes ISO 8601. */
function isoDate(date: string | null): string {
  const time = date === null ? NaN : Date.parse(date);
  return Number.isNaN(time) ? '2020-01-01T00:00:00Z' : new Date(time).toISOString();
}

let compared = 0;
let entities = 0;

/** Runs both extractors over `texts`; with `learn`, each article's learned names join a memory both read. */
function compare(name: string, texts: readonly string[], options: (index: number) => ExtractOptions, learn: boolean): void {
  let memory: NameMemory = emptyNameMemory();
  for (let index = 0; index < texts.length; index += 1) {
    const text = texts[index]!;
    const given = learn ? { ...options(index), knownNames: memory } : options(index);
    const expected = baseline(text, given);
    const actual = extractEntitiesDetailed(text, given);
    const before = JSON.stringify(expected);
    const after = JSON.stringify(actual);
    if (before !== after) {
      console.error(`${name}, article ${index}: the output differs\n  baseline:  ${before.slice(0, 2000)}\n  this tree: ${after.slice(0, 2000)}`);
      process.exit(1);
    }
    compared += 1;
    entities += actual.entities.length;
    if (learn) memory = rememberNames(memory, actual.learned, given.publishedAt?.slice(0, 10));
  }
  console.log(`${name}: ${texts.length} texts identical`);
}

const bodies = articles.map((article) => article.body);
compare('ANT bodies, dated', bodies, (index) => ({ publishedAt: isoDate(articles[index]!.date) }), false);
compare('ANT bodies, undated, demonyms off', bodies.slice(0, 5000), () => ({ demonyms: false }), false);
compare('ANT bodies with a name memory', bodies.slice(0, 5000), (index) => ({ publishedAt: isoDate(articles[index]!.date), minSightings: 1 + (index % 2) }), true);
compare('ANERcorp, demonyms off', pseudoArticles, () => ({ demonyms: false }), false);
compare('ANERcorp with a name memory', pseudoArticles, () => ({ demonyms: false }), true);
console.log(`identical: ${compared} extractions, ${entities} entities (type, text, canonical, start, end) and every learned name`);
