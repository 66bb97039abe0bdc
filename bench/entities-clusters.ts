/**
 * Distributional word classes for the entity tagger, computed from unlabelled ANT news text (never
 * from ANERcorp): each frequent folded word is described by its left and right neighbours (positive
 * PMI with context-distribution smoothing, Levy, Goldberg & Dagan 2015), the vectors are reduced by a
 * seeded Gaussian random projection (Johnson–Lindenstrauss) and grouped by spherical k-means; the fine
 * classes are grouped again into coarse ones. It plays the part Brown clusters play in Ratinov & Roth
 * (2009): an unseen surname lands in the class of the surnames the tagger did see.
 *
 * Writes src/entities/tagger/word-clusters.tsv.gz. Deterministic (seeded); a few minutes on one core.
 *
 *   npx tsx bench/entities-clusters.ts [--vocabulary N] [--fine K] [--coarse K] [--second K] [--second-only] [--out FILE]
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import zlib from 'node:zlib';
import { CLUSTER_FILE, decodeClusters } from '../src/entities/tagger/word-clusters.ts';
import { splitWords } from '../src/entities/text/words.ts';
import { seededRandom } from '../src/lib/seeded-random.ts';
import { readAnt, uniqueByUrl } from './corpora.ts';

const { values } = parseArgs({
  options: {
    vocabulary: { type: 'string', default: '100000' },
    'min-count': { type: 'string', default: '4' },
    contexts: { type: 'string', default: '2000' },
    dimensions: { type: 'string', default: '128' },
    fine: { type: 'string', default: '1000' },
    coarse: { type: 'string', default: '80' },
    iterations: { type: 'string', default: '12' },
    second: { type: 'string', default: '300' },
    out: { type: 'string', default: CLUSTER_FILE },
    'second-only': { type: 'boolean', default: false },
  },
});
const VOCABULARY = Number(values.vocabulary);
const CONTEXTS = Number(values.contexts);
const DIMENSIONS = Number(values.dimensions);
const started = performance.now();
const log = (message: string) => console.error(`${((performance.now() - started) / 1000).toFixed(1)} s  ${message}`);

// 1. Every token as an interned id; line breaks and article ends as the boundary token 0.
const idOf = new Map<string, number>([['<s>', 0]]);
const keys = ['<s>'];
let tokens = new Int32Array(1 << 23);
let length = 0;
const push = (id: number) => {
  if (length === tokens.length) {
    const grown = new Int32Array(tokens.length * 2);
    grown.set(tokens);
    tokens = grown;
  }
  tokens[length++] = id;
};
for (const record of uniqueByUrl(readAnt())) {
  for (const line of `${record.title}\n${record.body}`.split('\n')) {
    push(0);
    for (const word of splitWords(line)) {
      const key = word.kind === 'number' ? '<num>' : word.key;
      let id = idOf.get(key);
      if (id === undefined) {
        id = keys.length;
        idOf.set(key, id);
        keys.push(key);
      }
      push(id);
    }
  }
}
push(0);
const counts = new Float64Array(keys.length);
for (let at = 0; at < length; at += 1) counts[tokens[at]!]! += 1;
log(`${length} tokens, ${keys.length} distinct`);

// 2. The vocabulary (Arabic or Latin words seen often enough) and the context words (the most frequent tokens).
const byFrequency = keys.map((_, id) => id).sort((a, b) => counts[b]! - counts[a]! || (keys[a]! < keys[b]! ? -1 : 1));
const isWord = (key: string) => /^[\p{L}]/u.test(key);
const vocabulary = byFrequency.filter((id) => isWord(keys[id]!) && counts[id]! >= Number(values['min-count'])).slice(0, VOCABULARY);
const vocabularyIndex = new Int32Array(keys.length).fill(-1);
vocabulary.forEach((id, index) => (vocabularyIndex[id] = index));
const contextIndex = new Int32Array(keys.length).fill(-1);
byFrequency.slice(0, CONTEXTS).forEach((id, index) => (contextIndex[id] = index));
log(`${vocabulary.length} words to class, ${CONTEXTS} context words`);

// 3. Co-occurrence counts (word, left or right neighbour) as sorted pair codes.
const width = 2 * CONTEXTS;
const pairs: number[] = [];
for (let at = 0; at < length; at += 1) {
  const word = vocabularyIndex[tokens[at]!]!;
  if (word < 0) continue;
  const left = at > 0 ? contextIndex[tokens[at - 1]!]! : -1;
  const right = at + 1 < length ? contextIndex[tokens[at + 1]!]! : -1;
  if (left >= 0) pairs.push(word * width + left);
  if (right >= 0) pairs.push(word * width + CONTEXTS + right);
}
const sorted = Float64Array.from(pairs).sort();
pairs.length = 0;
log(`${sorted.length} co-occurrences`);

// 4. PPMI rows, projected on the fly: vector(word) = Σ ppmi(word, context) · R[context].
const rowTotals = new Float64Array(vocabulary.length);
const columnTotals = new Float64Array(width);
for (const code of sorted) {
  rowTotals[Math.floor(code / width)]! += 1;
  columnTotals[code % width]! += 1;
}
let smoothedTotal = 0;
const smoothed = columnTotals.map((count) => count ** 0.75);
for (const value of smoothed) smoothedTotal += value;
const total = sorted.length;
const random = seededRandom(20240229);
const gaussian = () => {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
};
const projection = Float32Array.from({ length: width * DIMENSIONS }, gaussian);
const vectors = new Float32Array(vocabulary.length * DIMENSIONS);
for (let start = 0; start < sorted.length; ) {
  const code = sorted[start]!;
  let end = start + 1;
  while (end < sorted.length && sorted[end] === code) end += 1;
  const word = Math.floor(code / width);
  const context = code % width;
  const pmi = Math.log(((end - start) / total) / ((rowTotals[word]! / total) * (smoothed[context]! / smoothedTotal)));
  if (pmi > 0) {
    const base = word * DIMENSIONS;
    const row = context * DIMENSIONS;
    for (let dimension = 0; dimension < DIMENSIONS; dimension += 1) vectors[base + dimension]! += pmi * projection[row + dimension]!;
  }
  start = end;
}
function normalize(matrix: Float32Array, rows: number): void {
  for (let row = 0; row < rows; row += 1) {
    let norm = 0;
    for (let dimension = 0; dimension < DIMENSIONS; dimension += 1) norm += matrix[row * DIMENSIONS + dimension]! ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let dimension = 0; dimension < DIMENSIONS; dimension += 1) matrix[row * DIMENSIONS + dimension]! /= norm;
  }
}
normalize(vectors, vocabulary.length);
log('vectors projected');

/** Spherical k-means (cosine), seeded initial centres drawn from the points; returns each point's class. */
function kMeans(points: Float32Array, count: number, classes: number, iterations: number, seed: number): { assignment: Int32Array; centres: Float32Array } {
  const pick = seededRandom(seed);
  const centres = new Float32Array(classes * DIMENSIONS);
  const chosen = new Set<number>();
  for (let index = 0; index < classes; index += 1) {
    let point = Math.floor(pick() * count);
    while (chosen.has(point)) point = Math.floor(pick() * count);
    chosen.add(point);
    centres.set(points.subarray(point * DIMENSIONS, (point + 1) * DIMENSIONS), index * DIMENSIONS);
  }
  const assignment = new Int32Array(count);
  for (let iteration = 0; iteration < iterations; iteration += 1) {
    let moved = 0;
    for (let point = 0; point < count; point += 1) {
      let best = 0;
      let bestScore = -Infinity;
      const base = point * DIMENSIONS;
      for (let centre = 0; centre < classes; centre += 1) {
        let score = 0;
        const from = centre * DIMENSIONS;
        for (let dimension = 0; dimension < DIMENSIONS; dimension += 1) score += points[base + dimension]! * centres[from + dimension]!;
        if (score > bestScore) {
          bestScore = score;
          best = centre;
        }
      }
      if (assignment[point] !== best) moved += 1;
      assignment[point] = best;
    }
    centres.fill(0);
    for (let point = 0; point < count; point += 1) {
      const from = assignment[point]! * DIMENSIONS;
      for (let dimension = 0; dimension < DIMENSIONS; dimension += 1) centres[from + dimension]! += points[point * DIMENSIONS + dimension]!;
    }
    normalize(centres, classes);
    log(`k=${classes} iteration ${iteration + 1}: ${moved} moved`);
    if (moved === 0) break;
  }
  return { assignment, centres };
}

// `--second-only` keeps the fine and coarse classes of the file in place (the same as recomputing them,
// which is seeded) and adds the second partition, in a fifth of the time.
const kept = values['second-only'] ? decodeClusters(fs.readFileSync(CLUSTER_FILE)) : undefined;
const fine =
  kept === undefined
    ? kMeans(vectors, vocabulary.length, Number(values.fine), Number(values.iterations), 7)
    : { assignment: Int32Array.from(vocabulary, (id) => kept.fine.get(keys[id]!) ?? -1), centres: new Float32Array(0) };
const coarse = kept === undefined ? kMeans(fine.centres, Number(values.fine), Number(values.coarse), 30, 11) : { assignment: Int32Array.from(kept.coarse) };
// A second, independent partition of the same words (another k, other seeds): where the fine classes
// split names from other words at one place, these split them at another (Turian, Ratinov & Bengio 2010
// find several clusterings together better than one).
const second = kMeans(vectors, vocabulary.length, Number(values.second), Number(values.iterations), 13);

// The file: the coarse class of each fine class, then `word<TAB>fine class<TAB>second class`, by class and frequency.
const lines = [`#coarse\t${Array.from(coarse.assignment).join(',')}`];
const order = vocabulary.map((_, index) => index).sort((a, b) => fine.assignment[a]! - fine.assignment[b]! || a - b);
for (const index of order) lines.push(`${keys[vocabulary[index]!]}\t${fine.assignment[index]}\t${second.assignment[index]}`);
const bytes = zlib.gzipSync(`${lines.join('\n')}\n`, { level: 9 });
fs.writeFileSync(values.out, bytes);
log(`wrote ${values.out} (${(bytes.length / 1024).toFixed(0)} KiB)`);
