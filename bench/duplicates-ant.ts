/**
 * Near-duplicate detection quality on ANT.
 *
 * Truth groups: records with identical bodies (the corpus files one story under two sections), plus
 * injected copies joined to the group of the story they copy: "words" copies with 5–10% of the words
 * substituted, deleted or doubled by an inserted word, and "sentences" copies with a new opening sentence
 * and one or two sentences replaced; both with the headline replaced. A pair is two records in one truth
 * group; the index's pairs are two records in one group it reports. Precision = shared pairs / reported
 * pairs; recall = shared pairs / truth pairs.
 *
 * ANT also holds near-duplicates of its own (one outlet's update repeating its earlier story, two outlets
 * running the same agency copy): they are no error to find, so before injecting, every story that shares
 * a quarter of its 5-word runs with another (exact containment, counted exhaustively, independent of the
 * MinHash estimate) is set aside with its copies, keeping the first. The closest distinct story on the same
 * topic (TF-IDF cosine) of sampled stories must not be merged. Speed is printed at the end.
 *
 * The stored path is checked too: the same corpus imported into a database with `importJsonl` (signatures
 * and `duplicate_of` written with each batch, as `sahifa import` does) must give the index's groups.
 *
 *   npx tsx bench/duplicates-ant.ts [--show-errors] [--natural] [--no-stored]
 *   --natural also runs the index over all of ANT and says how many of its own near-duplicates it finds.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { categoryTerms } from '../src/categories/category-terms.ts';
import { DuplicateIndex, type DocumentId } from '../src/duplicates/duplicate-index.ts';
import { jaccard, shingleHashes } from '../src/duplicates/shingles.ts';
import { seededRandom } from '../src/lib/seeded-random.ts';
import { openDatabase } from '../src/db/open-database.ts';
import { listArticleBodies, listDuplicateGroupMembers } from '../src/duplicates/duplicates.repository.ts';
import { importJsonl } from '../src/ingest/jsonl/import-jsonl.ts';

const ANT_FILE = path.resolve(import.meta.dirname, '../../shared/data/ant-multisource/ant_multisource_v2.1.jsonl.gz');
const SEED = 20_240_602;
const INJECTED_WORDS = 2000;
const INJECTED_SENTENCES = 500;
/** Containment of 5-word runs from which two ANT stories are taken as copies of one another. */
const NATURAL_CONTAINMENT = 0.25;
const TOPIC_SAMPLE = 2000;

interface Story {
  id: string;
  title: string;
  body: string;
  category: string;
  /** The truth group: records with one body share it, and so do injected copies of them. */
  truth: number;
  kind: 'ant' | 'words' | 'sentences';
}

function readAnt(): Story[] {
  if (!fs.existsSync(ANT_FILE)) {
    console.log(`skipped: ${ANT_FILE} not found (the benchmark needs ../shared/data beside the repository)`);
    process.exit(0);
  }
  const truthByBody = new Map<string, number>();
  const stories: Story[] = [];
  for (const line of zlib.gunzipSync(fs.readFileSync(ANT_FILE)).toString('utf8').split('\n')) {
    if (line.trim() === '') continue;
    const record = JSON.parse(line) as { id: string; title: string; body: string; category: string };
    if (record.body.trim() === '') continue; // two empty bodies: nothing to compare
    let truth = truthByBody.get(record.body);
    if (truth === undefined) {
      truth = truthByBody.size;
      truthByBody.set(record.body, truth);
    }
    stories.push({ id: record.id, title: record.title, body: record.body, category: record.category, truth, kind: 'ant' });
  }
  return stories;
}

/** A copy with `rate` of its words edited in place (substituted, deleted, or joined by an inserted word). */
function editWords(body: string, rate: number, vocabulary: string[], random: () => number): string {
  const pick = () => vocabulary[Math.floor(random() * vocabulary.length)] as string;
  const words = body.split(/( +|\n)/); // separators kept at odd positions
  const wordPositions = words.flatMap((word, index) => (index % 2 === 0 && word !== '' ? [index] : []));
  const editCount = Math.max(1, Math.round(wordPositions.length * rate));
  const chosen = new Set<number>();
  while (chosen.size < Math.min(editCount, wordPositions.length)) chosen.add(wordPositions[Math.floor(random() * wordPositions.length)] as number);
  for (const position of chosen) {
    const roll = random();
    if (roll < 0.6) words[position] = pick();
    else if (roll < 0.8) words[position] = '';
    else words[position] = `${words[position]} ${pick()}`;
  }
  return words.join('').replace(/ {2,}/g, ' ');
}

const SENTENCE_END = /(?<=[.!?؟])\s+|\n+/;

/** A copy with a new opening sentence and one or two of its sentences replaced by sentences of other stories. */
function editSentences(body: string, donors: string[], random: () => number): string {
  const sentences = body.split(SENTENCE_END).filter((sentence) => sentence.trim() !== '');
  const pick = () => {
    const donor = (donors[Math.floor(random() * donors.length)] as string).split(SENTENCE_END);
    return donor[Math.floor(random() * donor.length)] as string;
  };
  const replaced = 1 + Math.floor(random() * 2);
  for (let count = 0; count < replaced; count += 1) sentences[1 + Math.floor(random() * (sentences.length - 1))] = pick();
  return [pick(), ...sentences].join('\n');
}

function inject(stories: Story[], random: () => number): Story[] {
  const vocabulary = [...new Set(stories.slice(0, 3000).flatMap((story) => story.body.split(/\s+/)))].filter((word) => word.length > 1);
  const donors = stories.map((story) => story.body);
  const originals = [...new Map(stories.map((story) => [story.truth, story])).values()];
  const injected: Story[] = [];
  const used = new Set<number>();
  const take = (kind: Story['kind'], count: number, accept: (story: Story) => boolean, edit: (story: Story) => string) => {
    for (let made = 0; made < count; ) {
      const original = originals[Math.floor(random() * originals.length)] as Story;
      if (used.has(original.truth) || !accept(original)) continue;
      used.add(original.truth);
      const headline = (stories[Math.floor(random() * stories.length)] as Story).title;
      injected.push({ ...original, id: `${original.id}~${kind}`, title: headline, body: edit(original), kind });
      made += 1;
    }
  };
  take('words', INJECTED_WORDS, () => true, (story) => editWords(story.body, 0.05 + random() * 0.05, vocabulary, random));
  // A story of a few sentences with two replaced is another story; "a few edited sentences" means a longer one.
  take('sentences', INJECTED_SENTENCES, (story) => story.body.split(SENTENCE_END).length >= 10, (story) => editSentences(story.body, donors, random));
  return injected;
}

/** Pairs of ANT truth groups whose bodies share at least `NATURAL_CONTAINMENT` of the smaller one's 5-word runs. */
function naturalNearDuplicates(stories: Story[]): [number, number][] {
  const representatives = [...new Map(stories.map((story) => [story.truth, story])).values()];
  const shingleSets = representatives.map((story) => {
    const words = story.body.split(/\s+/).filter((word) => word !== '');
    return new Set(Array.from({ length: Math.max(1, words.length - 4) }, (_, start) => words.slice(start, start + 5).join(' ')));
  });
  const postings = new Map<string, number[]>();
  for (const [index, shingles] of shingleSets.entries()) {
    for (const shingle of shingles) {
      const list = postings.get(shingle);
      if (list) list.push(index);
      else postings.set(shingle, [index]);
    }
  }
  const pairs: [number, number][] = [];
  for (const [index, shingles] of shingleSets.entries()) {
    const shared = new Map<number, number>();
    for (const shingle of shingles) {
      const list = postings.get(shingle) as number[];
      if (list.length > 50) continue; // a closing line many stories carry (BBC's notification note) is no copying
      for (const other of list) if (other > index) shared.set(other, (shared.get(other) ?? 0) + 1);
    }
    for (const [other, count] of shared) {
      if (count / Math.min(shingles.size, (shingleSets[other] as Set<string>).size) >= NATURAL_CONTAINMENT) {
        pairs.push([(representatives[index] as Story).truth, (representatives[other] as Story).truth]);
      }
    }
  }
  return pairs;
}

/** ANT without the later member of each natural near-duplicate pair (with all its identical copies). */
function setAsideNaturalNearDuplicates(stories: Story[], pairs: [number, number][]): Story[] {
  const setAside = new Set<number>();
  for (const [first, second] of pairs) if (!setAside.has(first)) setAside.add(second);
  return stories.filter((story) => !setAside.has(story.truth));
}

function countPairs(groups: Iterable<number[]>): number {
  let pairs = 0;
  for (const group of groups) pairs += (group.length * (group.length - 1)) / 2;
  return pairs;
}

/** Pairs inside reported groups, split by whether their members share a truth group. */
function scorePairs(groups: DocumentId[][], stories: Story[]) {
  let reported = 0;
  let correct = 0;
  const wrong: [Story, Story][] = [];
  for (const group of groups) {
    const members = group.map((index) => stories[index as number] as Story);
    for (let i = 0; i < members.length; i += 1) {
      for (let j = i + 1; j < members.length; j += 1) {
        reported += 1;
        if ((members[i] as Story).truth === (members[j] as Story).truth) correct += 1;
        else wrong.push([members[i] as Story, members[j] as Story]);
      }
    }
  }
  const truthGroups = new Map<number, number[]>();
  for (const [index, story] of stories.entries()) {
    const group = truthGroups.get(story.truth);
    if (group) group.push(index);
    else truthGroups.set(story.truth, [index]);
  }
  const truthPairs = countPairs(truthGroups.values());
  return { reported, correct, truthPairs, wrong, precision: correct / reported, recall: correct / truthPairs };
}

/** For sampled stories, the most similar other story by TF-IDF cosine with a different body: same topic, not a copy. */
function sameTopicPairs(stories: Story[], random: () => number): [number, number, number][] {
  const termSets = stories.map((story) => new Map<string, number>());
  const postings = new Map<string, number[]>();
  for (const [index, story] of stories.entries()) {
    const counts = termSets[index] as Map<string, number>;
    for (const term of categoryTerms(`${story.title} ${story.body}`)) counts.set(term, (counts.get(term) ?? 0) + 1);
    for (const term of counts.keys()) {
      const list = postings.get(term);
      if (list) list.push(index);
      else postings.set(term, [index]);
    }
  }
  const idf = new Map([...postings].map(([term, list]) => [term, Math.log(stories.length / list.length)]));
  const vectors = termSets.map((counts) => {
    const vector = new Map([...counts].map(([term, count]) => [term, (1 + Math.log(count)) * (idf.get(term) ?? 0)]));
    const norm = Math.sqrt([...vector.values()].reduce((sum, value) => sum + value * value, 0)) || 1;
    for (const [term, value] of vector) vector.set(term, value / norm);
    return vector;
  });
  const pairs: [number, number, number][] = [];
  for (let sample = 0; sample < TOPIC_SAMPLE; sample += 1) {
    const index = Math.floor(random() * stories.length);
    const scores = new Map<number, number>();
    for (const [term, weight] of vectors[index] as Map<string, number>) {
      const list = postings.get(term) as number[];
      if (list.length > 2000) continue; // words in most stories say nothing of the topic
      for (const other of list) scores.set(other, (scores.get(other) ?? 0) + weight * ((vectors[other] as Map<string, number>).get(term) ?? 0));
    }
    let best = -1;
    let bestScore = 0;
    for (const [other, score] of scores) {
      if ((stories[other] as Story).truth === (stories[index] as Story).truth) continue;
      if (score > bestScore) [best, bestScore] = [other, score];
    }
    if (best >= 0) pairs.push([index, best, bestScore]);
  }
  return pairs;
}

interface IndexRun {
  index: DuplicateIndex;
  groups: DocumentId[][];
  addSeconds: number;
  groupsSeconds: number;
}

function runIndex(stories: Story[]): IndexRun {
  const index = new DuplicateIndex();
  const addStarted = performance.now();
  for (const [position, story] of stories.entries()) index.add(position, story.body);
  const addSeconds = (performance.now() - addStarted) / 1000;
  const groupsStarted = performance.now();
  const groups = index.groups();
  return { index, groups, addSeconds, groupsSeconds: (performance.now() - groupsStarted) / 1000 };
}

function reportNatural(corpus: Story[], pairs: [number, number][]): void {
  const { groups } = runIndex(corpus);
  const groupOfTruth = new Map<number, number>();
  for (const [number, group] of groups.entries()) for (const member of group) groupOfTruth.set((corpus[member as number] as Story).truth, number);
  const found = pairs.filter(([a, b]) => groupOfTruth.has(a) && groupOfTruth.get(a) === groupOfTruth.get(b)).length;
  console.log(`\nANT's own near-duplicates (containment ≥ ${NATURAL_CONTAINMENT}): ${pairs.length} pairs of stories, ${found} grouped by the index over all of ANT`);
}

/** Imports the stories into a fresh database through the real writer and compares its stored groups with the index's. */
async function checkStoredGroups(stories: Story[], groups: DocumentId[][]): Promise<void> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'sahifa-duplicates-bench-'));
  try {
    const records = path.join(directory, 'stories.jsonl');
    // The position is the external id; the body's lines become paragraphs as in any import.
    fs.writeFileSync(records, stories.map((story, position) => JSON.stringify({ id: String(position), title: story.title, body: story.body, category: story.category, source: null })).join('\n'));
    const opened = await openDatabase(path.join(directory, 'site.db'));
    try {
      const started = performance.now();
      const summary = await importJsonl(opened.db, records);
      const seconds = (performance.now() - started) / 1000;
      const stored = new Map<number, number[]>();
      for (const member of await listDuplicateGroupMembers(opened.db)) stored.set(member.original, [...(stored.get(member.original) ?? []), Number(member.externalId)]);
      const storedGroups = [...stored.values()];
      // The index over the texts as stored (an import reads a body into paragraphs), in id order as written.
      const index = new DuplicateIndex();
      for await (const article of listArticleBodies(opened.db)) index.add(Number(article.externalId), article.body);
      const key = (ids: readonly DocumentId[]) => ids.map(Number).sort((a, b) => a - b).join(',');
      const indexGroups = new Set(index.groups().map(key));
      const same = storedGroups.filter((group) => indexGroups.has(key(group))).length;
      const score = scorePairs(storedGroups, stories);
      console.log(
        `\nstored path: ${summary.imported} stories imported in ${seconds.toFixed(1)} s (${Math.round(summary.imported / seconds).toLocaleString('en')} articles/s with search index, entity tags and signatures); ` +
          `${storedGroups.length} stored groups, ${same} identical to those of the index over the stored texts (${indexGroups.size}): ` +
          `${storedGroups.length === indexGroups.size && same === indexGroups.size ? 'the same groups' : 'DIFFERENT'}; ` +
          `precision ${score.precision.toFixed(4)}, recall ${score.recall.toFixed(4)} (in-memory above ${groups.length} groups)`,
      );
    } finally {
      await opened.close();
    }
  } finally {
    fs.rmSync(directory, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const showErrors = process.argv.includes('--show-errors');
  const random = seededRandom(SEED);
  const ant = readAnt();
  const naturalPairs = naturalNearDuplicates(ant);
  const corpus = setAsideNaturalNearDuplicates(ant, naturalPairs);
  const injected = inject(corpus, random);
  const stories = [...corpus, ...injected];
  const antGroups = new Set(ant.map((story) => story.truth)).size;
  const corpusGroups = new Set(corpus.map((story) => story.truth)).size;
  console.log(
    `ANT: ${ant.length} records with a body in ${antGroups} distinct bodies (${ant.length - antGroups} extra identical copies); ` +
      `${naturalPairs.length} pairs of its own near-duplicates found, ${ant.length - corpus.length} records set aside for them`,
  );
  console.log(
    `benchmark corpus: ${corpus.length} ANT records (${corpus.length - corpusGroups} extra identical copies) + ` +
      `${INJECTED_WORDS} "words" copies + ${INJECTED_SENTENCES} "sentences" copies = ${stories.length}`,
  );

  const { index, groups, addSeconds, groupsSeconds } = runIndex(stories);
  const score = scorePairs(groups, stories);
  console.log(`\noptions ${JSON.stringify(index.options)}`);
  console.log(`reported ${groups.length} groups, ${score.reported} pairs; truth ${score.truthPairs} pairs`);
  console.log(`precision ${score.precision.toFixed(4)} (target ≥ 0.98)   recall ${score.recall.toFixed(4)} (target ≥ 0.95)`);

  const groupOf = new Map<DocumentId, number>();
  for (const [number, group] of groups.entries()) for (const member of group) groupOf.set(member, number);
  const withOriginal = (position: number) => {
    const group = groupOf.get(position);
    const truth = (stories[position] as Story).truth;
    return group !== undefined && (groups[group] as DocumentId[]).some((member) => member !== position && (stories[member as number] as Story).truth === truth);
  };
  const exactCopies = corpus.flatMap((story, position) => (corpus.findIndex((other) => other.truth === story.truth) !== position ? [position] : []));
  const exactFound = exactCopies.filter(withOriginal).length;
  console.log(`identical copies grouped with their original: ${exactFound}/${exactCopies.length}`);
  for (const kind of ['words', 'sentences'] as const) {
    const positions = injected.flatMap((story, offset) => (story.kind === kind ? [corpus.length + offset] : []));
    const found = positions.filter(withOriginal).length;
    console.log(`"${kind}" copies grouped with their original: ${found}/${positions.length} (${((100 * found) / positions.length).toFixed(1)}%)`);
  }

  const topicPairs = sameTopicPairs(corpus, random);
  const merged = topicPairs.filter(([a, b]) => groupOf.has(a) && groupOf.get(a) === groupOf.get(b));
  const cosines = topicPairs.map(([, , cosine]) => cosine).sort((a, b) => a - b);
  console.log(
    `same-topic distinct stories (closest by TF-IDF cosine; median ${cosines[Math.floor(cosines.length / 2)]?.toFixed(2)}, p90 ${cosines[Math.floor(cosines.length * 0.9)]?.toFixed(2)}): ` +
      `${merged.length} of ${topicPairs.length} pairs merged`,
  );

  const sample = stories.slice(0, 1000).map((story) => story.body);
  const queryStarted = performance.now();
  for (const body of sample) index.query(body);
  const queryMs = (performance.now() - queryStarted) / sample.length;
  const json = JSON.stringify(index.toJSON());
  const loadStarted = performance.now();
  DuplicateIndex.fromJSON(JSON.parse(json));
  const loadSeconds = (performance.now() - loadStarted) / 1000;
  console.log(
    `\nspeed: add ${Math.round(stories.length / addSeconds).toLocaleString('en')} articles/s (${addSeconds.toFixed(1)} s for ${stories.length}, each add also finding its duplicates); ` +
      `query ${queryMs.toFixed(2)} ms/article; groups() ${groupsSeconds.toFixed(2)} s; ` +
      `state ${(json.length / 1e6).toFixed(1)} MB as JSON, reloaded in ${loadSeconds.toFixed(2)} s`,
  );

  if (showErrors) {
    const size = index.options.shingleSize;
    console.log(`\nwrong pairs (first 20 of ${score.wrong.length}), exact ${size}-shingle Jaccard:`);
    for (const [a, b] of score.wrong.slice(0, 20)) {
      const similarity = jaccard(shingleHashes(a.body, size), shingleHashes(b.body, size));
      console.log(`  ${a.id} ~ ${b.id}  J=${similarity.toFixed(2)}  ${a.body.slice(0, 60).replaceAll('\n', ' ')} | ${b.body.slice(0, 60).replaceAll('\n', ' ')}`);
    }
    const missed = injected.flatMap((story, offset) => (withOriginal(corpus.length + offset) ? [] : [story]));
    console.log(`\nmissed copies (first 10 of ${missed.length}):`);
    for (const story of missed.slice(0, 10)) {
      const original = corpus.find((other) => other.truth === story.truth) as Story;
      const similarity = jaccard(shingleHashes(story.body, size), shingleHashes(original.body, size));
      console.log(`  ${story.id}  J=${similarity.toFixed(2)}  words=${original.body.split(/\s+/).length}`);
    }
  }
  if (process.argv.includes('--natural')) reportNatural(ant, naturalPairs);
  if (!process.argv.includes('--no-stored')) await checkStoredGroups(stories, groups);
}

await main();
