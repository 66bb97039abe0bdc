/**
 * ANERcorp (Benajiba et al. 2007) as the entity benchmarks use it: tokens with coarse IOB tags, split
 * 80/20 by token position (train on the first 80%, score on the last 20%), cut into sentences at `.`
 * and into pseudo-articles of a few sentences, since the corpus has no document boundaries.
 */
import fs from 'node:fs';
import path from 'node:path';

export const ANERCORP_FILE = path.resolve(import.meta.dirname, '../../shared/data/anercorp/ANERCorp.txt');

export interface GoldToken {
  text: string;
  /** O, B-PER, I-PER, B-LOC, I-LOC, B-ORG, I-ORG, B-MISC, I-MISC. */
  tag: string;
  /** The training label with a finer type (`B-ORG.Sports`), when NewsFANE refined it (entities-newsfane.ts). */
  fine?: string;
}

const TAG = /^(O|[BI]-(PERS|LOC|ORG|MISC))$/;

function coarse(tag: string): string {
  return tag.replace('PERS', 'PER');
}

export function readAnercorp(file = ANERCORP_FILE): GoldToken[] {
  if (!fs.existsSync(file)) {
    console.error(`missing ${file}: this benchmark needs ../shared/data/anercorp beside the repository`);
    process.exit(2);
  }
  const tokens: GoldToken[] = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const fields = line.trim().split(/\s+/);
    const tag = fields.pop() ?? '';
    if (!TAG.test(tag)) continue;
    // Two lines lost a newline or space in the source (`. Oالإصابة O`, `الصالحية ونايفة O`).
    for (const field of fields) {
      const glued = /^(.*?)(O)(\p{Script=Arabic}.*)$/u.exec(field);
      if (glued !== null && fields.length > 1 && field === fields[1]) {
        tokens.push({ text: glued[3] ?? '', tag: coarse(tag) });
      } else if (field !== '') {
        tokens.push({ text: field, tag: coarse(fields.length > 1 && field === fields[0] && /^\p{P}$/u.test(field) ? 'O' : tag) });
      }
    }
  }
  return tokens;
}

/** The first 80% of the tokens (training and tuning) and the last 20% (scoring). */
export function splitAnercorp(tokens: readonly GoldToken[]): { train: GoldToken[]; test: GoldToken[] } {
  const cut = Math.floor(tokens.length * 0.8);
  return { train: tokens.slice(0, cut), test: tokens.slice(cut) };
}

/**
 * Fold `fold` of `folds` of the training part, by token position, for tuning by cross-validation: the
 * fold is scored, the rest trains. The last fold of five is the dev split (`--dev`, `--part dev`).
 */
export function trainingFold(train: readonly GoldToken[], fold: number, folds = 5): { train: GoldToken[]; test: GoldToken[] } {
  const from = Math.floor((train.length * fold) / folds);
  const to = fold === folds - 1 ? train.length : Math.floor((train.length * (fold + 1)) / folds);
  return { train: [...train.slice(0, from), ...train.slice(to)], test: train.slice(from, to) };
}

/** Sentences end at a `.` token. */
export function sentencesOf(tokens: readonly GoldToken[]): GoldToken[][] {
  const sentences: GoldToken[][] = [];
  let current: GoldToken[] = [];
  for (const token of tokens) {
    current.push(token);
    if (token.text === '.') {
      sentences.push(current);
      current = [];
    }
  }
  if (current.length > 0) sentences.push(current);
  return sentences;
}

export interface GoldEntity {
  type: string;
  /** Token indices, end exclusive. */
  from: number;
  to: number;
}

/** Entities from IOB tags; an I- without its B- starts an entity (as conlleval does). */
export function goldEntities(tags: readonly string[]): GoldEntity[] {
  const entities: GoldEntity[] = [];
  let open: GoldEntity | null = null;
  tags.forEach((tag, index) => {
    const type = tag === 'O' ? '' : tag.slice(2);
    if (open !== null && (tag === 'O' || tag.startsWith('B-') || open.type !== type)) {
      entities.push(open);
      open = null;
    }
    if (tag !== 'O' && open === null) open = { type, from: index, to: index + 1 };
    else if (open !== null) open.to = index + 1;
  });
  if (open !== null) entities.push(open);
  return entities;
}
