/**
 * Scores the whole extractor on ANERcorp tokens: exact token span and type for PER, LOC and ORG, on
 * pseudo-articles of a few sentences (the corpus has no document boundaries), demonyms off (ANERcorp
 * tags `الروسي` O). A span covers every corpus token it touches, so a clitic the extractor leaves out
 * (`بـ` of `بكازاخستان`) does not count against it. Shared by entities-anercorp.ts and entities-cv.ts.
 */
import { extractEntitiesDetailed } from '../src/entities/extract-entities.ts';
import { emptyNameMemory, rememberNames } from '../src/entities/names/name-memory.ts';
import { alignTokens, tokenAt } from './entities-align.ts';
import { goldEntities, sentencesOf, type GoldToken } from './entities-anercorp-data.ts';

export const TYPES = ['PER', 'LOC', 'ORG'] as const;
export type Counts = Record<(typeof TYPES)[number], { tp: number; fp: number; fn: number }>;

export interface Scored {
  counts: Counts;
  /** `missed TYPE words «context»` and `wrong  TYPE words «context»`, in text order. */
  errors: string[];
  /** Names learned after cues on the way (with `memory`). */
  learnedNames: number;
  /** Errors by kind: `missed PER: none|boundary|type|type+boundary`, `wrong ORG: spurious|…`. */
  kinds: Map<string, number>;
}

/** How a missed (or wrong) entity relates to the found (or gold) ones: none overlap, or the nearest differs in span, type or both. */
function errorKind(entity: string, others: Set<string>): string {
  const [type, from, to] = entity.split(':') as [string, string, string];
  let kind = 'none';
  for (const other of others) {
    const [otherType, otherFrom, otherTo] = other.split(':') as [string, string, string];
    if (Number(otherFrom) >= Number(to) || Number(from) >= Number(otherTo)) continue;
    const sameSpan = otherFrom === from && otherTo === to;
    const candidate = otherType === type ? 'boundary' : sameSpan ? 'type' : 'type+boundary';
    if (kind === 'none' || candidate === 'boundary' || (candidate === 'type' && kind === 'type+boundary')) kind = candidate;
  }
  return kind;
}

export function emptyCounts(): Counts {
  return { PER: { tp: 0, fp: 0, fn: 0 }, LOC: { tp: 0, fp: 0, fn: 0 }, ORG: { tp: 0, fp: 0, fn: 0 } };
}

export function addCounts(into: Counts, more: Counts): void {
  for (const type of TYPES) for (const field of ['tp', 'fp', 'fn'] as const) into[type][field] += more[type][field];
}

/** `memory`: run as `sahifa import` does, the names each pseudo-article learned known to the next. */
export function scoreExtractor(tokens: readonly GoldToken[], options: { perArticle: number; memory?: boolean }): Scored {
  const sentences = sentencesOf(tokens);
  const counts = emptyCounts();
  const errors: string[] = [];
  let memory = emptyNameMemory();
  const kinds = new Map<string, number>();
  const countKind = (label: string) => kinds.set(label, (kinds.get(label) ?? 0) + 1);
  for (let first = 0; first < sentences.length; first += options.perArticle) {
    const article: GoldToken[] = sentences.slice(first, first + options.perArticle).flat();
    const aligned = alignTokens(article);
    const key = (type: string, from: number, to: number) => `${type}:${from}:${to}`;
    const gold = new Set(goldEntities(article.map((token) => token.tag)).filter((entity) => entity.type !== 'MISC').map((entity) => key(entity.type, entity.from, entity.to)));
    const extraction = extractEntitiesDetailed(aligned.text, { demonyms: false, knownNames: memory });
    if (options.memory === true) memory = rememberNames(memory, extraction.learned);
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
      counts[entity.split(':')[0] as keyof Counts][hit ? 'tp' : 'fn'] += 1;
      if (!hit) errors.push(`missed ${show(entity)}`);
      if (!hit) countKind(`missed ${entity.split(':')[0]}: ${errorKind(entity, found)}`);
    }
    for (const entity of found) {
      if (gold.has(entity)) continue;
      counts[entity.split(':')[0] as keyof Counts].fp += 1;
      errors.push(`wrong  ${show(entity)}`);
      countKind(`wrong  ${entity.split(':')[0]}: ${errorKind(entity, gold)}`.replace(': none', ': spurious'));
    }
  }
  return { counts, errors, learnedNames: Object.keys(memory.names).length, kinds };
}

export function f1({ tp, fp, fn }: { tp: number; fp: number; fn: number }): { precision: number; recall: number; f1: number } {
  const precision = tp / (tp + fp || 1);
  const recall = tp / (tp + fn || 1);
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall || 1) };
}

/** The table both scripts print: per type and overall, precision, recall, F1 and gold count. */
export function printCounts(counts: Counts): number {
  console.log('type\tprecision\trecall\tF1\tgold');
  let all = { tp: 0, fp: 0, fn: 0 };
  for (const type of TYPES) {
    const count = counts[type];
    all = { tp: all.tp + count.tp, fp: all.fp + count.fp, fn: all.fn + count.fn };
    const score = f1(count);
    console.log(`${type}\t${score.precision.toFixed(3)}\t\t${score.recall.toFixed(3)}\t${score.f1.toFixed(3)}\t${count.tp + count.fn}`);
  }
  const overall = f1(all);
  console.log(`overall\t${overall.precision.toFixed(3)}\t\t${overall.recall.toFixed(3)}\t${overall.f1.toFixed(4)}\t${all.tp + all.fn}`);
  return overall.f1;
}
