/**
 * Related-stories quality on the ANT corpus: precision@6 of "same category" and of "shares an entity"
 * (a person, place or organization that src/entities finds in both) for articles drawn at random,
 * against a TF-IDF cosine baseline (every term, 1 + ln tf, ln N/df, the same analyzer) in the same
 * run, and against Sahifa's ranking with text alone (section, entities and time switched off), so
 * that each signal's share shows. Both exclude the article itself and copies with the same title or
 * body (ANT files about 1,469 stories under two sections).
 *
 *   npx tsx bench/related-ant.ts [--samples 1000] [--database FILE]
 */
import fs from 'node:fs';
import os from 'node:os';
import { analyze } from '../src/arabic/analyze.ts';
import { openDatabase } from '../src/db/open-database.ts';
import { extractEntities } from '../src/entities/index.ts';
import { importJsonl } from '../src/ingest/jsonl/import-jsonl.ts';
import { ensureEntityTagsCurrent } from '../src/tags/ensure-entity-tags-current.ts';
import { seededRandom } from '../src/lib/seeded-random.ts';
import { DEFAULT_RANK_OPTIONS, rankRelated, type RankOptions } from '../src/related/rank-related.ts';
import { loadSubjects } from '../src/related/update-related-lists.ts';
import { createTemporaryDirectory } from '../src/test-support/test-database.ts';
import { numberOption } from './bench-options.ts';
import { ANT_FILE, requireData } from './corpora.ts';

const SAMPLES = numberOption('samples', 1000);
const K = 6;

requireData(ANT_FILE);
console.log(`load average ${os.loadavg().map((value) => value.toFixed(2)).join(' ')} on ${os.cpus().length} cores`);
const keptIndex = process.argv.indexOf('--database');
const kept = keptIndex === -1 ? undefined : process.argv[keptIndex + 1];
const temporary = kept === undefined ? createTemporaryDirectory('sahifa-related-quality-') : undefined;
const reuse = kept !== undefined && fs.existsSync(kept);
const opened = await openDatabase(kept ?? `${temporary?.directory}/quality.db`);
const { db, sqlite } = opened;

interface Doc {
  id: number;
  categoryId: number | null;
  url: string | null;
  titleKey: string;
  bodyKey: string;
  text: string;
  publishedAt: string;
}

try {
  if (!reuse) {
    const began = performance.now();
    const summary = await importJsonl(db, ANT_FILE);
    console.log(`imported ${summary.imported} ANT articles (related terms indexed, lists queued) in ${((performance.now() - began) / 1000).toFixed(1)} s`);
  }
  // Entity tags, for a database imported before them (the import tags as it writes).
  const tags = await ensureEntityTagsCurrent(db);
  if (tags.retagged) console.log(`entity tags: ${tags.tagged} articles tagged`);
  await evaluate();
} finally {
  await opened.close();
  temporary?.remove();
}

async function loadDocs(): Promise<Map<number, Doc>> {
  // The title and body keys as the import stored them (related_documents), the text from the articles.
  const rows = sqlite
    .prepare(
      `SELECT a.id, a.category_id AS categoryId, a.source_url AS url, a.published_at AS publishedAt, a.title, a.sections,
              d.title_key AS titleKey, d.body_key AS bodyKey
       FROM articles a JOIN related_documents d ON d.article_id = a.id WHERE a.status = 'published'`,
    )
    .all() as (Omit<Doc, 'text'> & { title: string; sections: string })[];
  const docs = new Map<number, Doc>();
  for (const { title, sections, ...row } of rows) {
    const body = (JSON.parse(sections) as { heading: string | null; paragraphs: string[] }[]).flatMap((section) => [section.heading ?? '', ...section.paragraphs]).join('\n');
    docs.set(row.id, { ...row, text: `${title}\n${body}` });
  }
  return docs;
}

/** The baseline: classic TF-IDF cosine over every analyzed term, exact, through an in-memory inverted index. */
function buildTfIdf(docs: Map<number, Doc>) {
  const vectors = new Map<number, Map<string, number>>();
  const df = new Map<string, number>();
  for (const doc of docs.values()) {
    const tf = new Map<string, number>();
    for (const token of analyze(doc.text)) if (token.kind !== 'number') tf.set(token.term, (tf.get(token.term) ?? 0) + 1);
    vectors.set(doc.id, tf);
    for (const term of tf.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  }
  const postings = new Map<string, [number, number][]>();
  for (const [id, tf] of vectors) {
    let norm = 0;
    const weights = new Map<string, number>();
    for (const [term, count] of tf) {
      const weight = (1 + Math.log(count)) * Math.log(docs.size / (df.get(term) ?? 1));
      weights.set(term, weight);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [term, weight] of weights) {
      const normalized = weight / norm;
      weights.set(term, normalized);
      let list = postings.get(term);
      if (!list) postings.set(term, (list = []));
      list.push([id, normalized]);
    }
    vectors.set(id, weights);
  }
  return (id: number): number[] => {
    const scores = new Map<number, number>();
    for (const [term, weight] of vectors.get(id) ?? []) {
      for (const [other, otherWeight] of postings.get(term) ?? []) scores.set(other, (scores.get(other) ?? 0) + weight * otherWeight);
    }
    return [...scores].sort((a, b) => b[1] - a[1]).map(([other]) => other);
  };
}

function sameStory(a: Doc, b: Doc): boolean {
  return a.id === b.id || a.titleKey === b.titleKey || a.bodyKey === b.bodyKey;
}

async function evaluate(): Promise<void> {
  let began = performance.now();
  const docs = await loadDocs();
  const seenUrls = new Set<string>();
  const candidates = [...docs.values()].filter((doc) => {
    const key = doc.url ?? `#${doc.id}`;
    if (seenUrls.has(key)) return false;
    seenUrls.add(key);
    return true;
  });
  const random = seededRandom(7);
  const sample = new Set<number>();
  while (sample.size < Math.min(SAMPLES, candidates.length)) sample.add((candidates[Math.floor(random() * candidates.length)] as Doc).id);
  const subjects = await loadSubjects(db, [...sample]);
  const tfidf = buildTfIdf(docs);
  console.log(`${docs.size} articles, ${subjects.length} drawn (one per URL); baseline index built in ${((performance.now() - began) / 1000).toFixed(1)} s`);

  const entityCache = new Map<number, Set<string>>();
  const entitiesOf = (doc: Doc): Set<string> => {
    let found = entityCache.get(doc.id);
    if (!found) {
      const entities = extractEntities(doc.text, { publishedAt: doc.publishedAt });
      found = new Set(entities.filter((entity) => entity.type === 'PER' || entity.type === 'LOC' || entity.type === 'ORG').map((entity) => `${entity.type}:${entity.canonical}`));
      entityCache.set(doc.id, found);
    }
    return found;
  };

  const systems: { name: string; list: (subjectIndex: number) => Promise<number[]> }[] = [
    { name: 'baseline: TF-IDF cosine, all terms', list: async (index) => tfidfTop(subjects[index]?.id ?? 0) },
    { name: 'Sahifa, text only (top-term cosine)', list: (index) => sahifaTop(index, { ...DEFAULT_RANK_OPTIONS, weights: { ...DEFAULT_RANK_OPTIONS.weights, category: 0, entity: 0, recency: 0 } }) },
    { name: 'Sahifa (text, section, entities, time)', list: (index) => sahifaTop(index, DEFAULT_RANK_OPTIONS) },
  ];
  function tfidfTop(id: number): number[] {
    const subject = docs.get(id) as Doc;
    const chosen: Doc[] = [];
    for (const other of tfidf(id)) {
      const doc = docs.get(other) as Doc;
      if (sameStory(subject, doc) || chosen.some((taken) => sameStory(taken, doc))) continue;
      chosen.push(doc);
      if (chosen.length === K) break;
    }
    return chosen.map((doc) => doc.id);
  }
  async function sahifaTop(index: number, options: RankOptions): Promise<number[]> {
    const subject = subjects[index];
    if (!subject) return [];
    return (await rankRelated(db, subject, { ...options, limit: K })).map((story) => story.facts.id);
  }

  console.log(`\nprecision@${K} over ${subjects.length} articles (load ${os.loadavg()[0]?.toFixed(2)}):`);
  console.log('system                                   | same category | shares an entity | stories/article | ms/article');
  for (const system of systems) {
    let sameCategory = 0;
    let sharesEntity = 0;
    let listed = 0;
    let slots = 0;
    began = performance.now();
    const lists: number[][] = [];
    for (let index = 0; index < subjects.length; index += 1) lists.push(await system.list(index));
    const elapsed = (performance.now() - began) / subjects.length;
    lists.forEach((list, index) => {
      const subject = docs.get(subjects[index]?.id ?? 0) as Doc;
      const subjectEntities = entitiesOf(subject);
      slots += K;
      for (const id of list) {
        const doc = docs.get(id) as Doc;
        listed += 1;
        if (doc.categoryId !== null && doc.categoryId === subject.categoryId) sameCategory += 1;
        for (const entity of entitiesOf(doc)) {
          if (subjectEntities.has(entity)) {
            sharesEntity += 1;
            break;
          }
        }
      }
    });
    console.log(
      `${system.name.padEnd(40)} | ${(sameCategory / slots).toFixed(3).padStart(13)} | ${(sharesEntity / slots).toFixed(3).padStart(16)} | ${(listed / subjects.length).toFixed(2).padStart(15)} | ${elapsed.toFixed(2).padStart(10)}`,
    );
  }
  console.log('(an empty slot counts as a miss: precision over the 6 slots a page shows)');
}
