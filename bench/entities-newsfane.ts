/**
 * Finer training labels for ANERcorp's training part from NewsFANE Gold 2014 (Alotaibi & Lee,
 * COLING 2014; CC BY-SA 3.0): the same newswire text re-annotated with 45 fine-grained types, with
 * its own tokens (clitics split off: `و قال`, `ان ه`) and normalized spelling (no hamza on alef, `الي`).
 *
 * ANERcorp stays the gold for spans and coarse types; NewsFANE only splits a name's coarse type by the
 * fine type of the NewsFANE name its letters fall in (`ORG` → `ORG.Sports`), so that the tagger
 * learns the contexts of a club apart from a ministry's. The two texts are aligned letter by letter on
 * folded forms (letters and digits only; alef, hamza seats, ta marbuta and alef maqsura folded): where
 * the letters differ, both sides skip ahead to the nearest point where the next letters agree again.
 * NewsFANE orders some stories differently, so a walk that loses its way looks the next letters up in
 * all of NewsFANE's text; but only the annotations of NewsFANE tokens aligned with the tokens given (the
 * training part) are read, never those of the scored part.
 */
import fs from 'node:fs';
import path from 'node:path';
import { LABELS } from '../src/entities/tagger/labels.ts';
import { splitAnercorp, type GoldToken } from './entities-anercorp-data.ts';

export const NEWSFANE_FILE = path.resolve(import.meta.dirname, '../../shared/data/newsfane-gold/NewsFANE_Gold_2014_170K.txt');

/**
 * NewsFANE's fine types by the name the tagger's labels give them (labels.ts); a fine type is kept
 * apart only where the labels have it under the name's coarse type (`ORG.Sports`), else the name is
 * the coarse type alone.
 */
const FINE_NAMES: Record<string, string> = {
  Athlete: 'Athlete',
  Politician: 'Politician',
  Artist: 'Artist',
  Nation: 'Nation',
  'Population-Center': 'City',
  Sports: 'Sports',
  Media: 'Media',
  'Non-Governmental': 'NGO',
  Government: 'Government',
  Commercial: 'Commercial',
};

interface FaneToken {
  text: string;
  /** O, or B-/I- and a fine type. */
  tag: string;
}

export function readNewsfane(file = NEWSFANE_FILE): FaneToken[] {
  if (!fs.existsSync(file)) {
    console.error(`missing ${file}: --newsfane needs ../shared/data/newsfane-gold beside the repository`);
    process.exit(2);
  }
  const tokens: FaneToken[] = [];
  for (const line of fs.readFileSync(file, 'utf8').replace(/^\uFEFF/u, '').split('\n')) {
    const [text = '', tag = ''] = line.replace(/[\u200E\r]/gu, '').split('\t');
    if (text.trim() === '' || tag === '') continue;
    tokens.push({ text: text.trim(), tag: tag.trim() });
  }
  return tokens;
}

const FOLD: Record<string, string> = { 'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ة': 'ه', 'ى': 'ي', 'ؤ': 'و', 'ئ': 'ي' };

/** The folded letters of each token, with the token each letter came from. */
export function letters(texts: readonly string[]): { chars: string[]; owner: Int32Array } {
  const chars: string[] = [];
  const owners: number[] = [];
  texts.forEach((text, index) => {
    for (const char of text) {
      if (char === 'ء' || !/[\p{L}\p{Nd}]/u.test(char)) continue;
      chars.push(FOLD[char] ?? char);
      owners.push(index);
    }
  });
  return { chars, owner: Int32Array.from(owners) };
}

const WINDOW = 24;
const AGREE = 6;
const ANCHOR = 16;

/**
 * For each letter of `a`, the index of the letter of `b` aligned with it, or -1: a greedy walk that,
 * where the letters differ, skips to the nearest (smallest total skip) pair of points within WINDOW
 * from which AGREE letters agree; failing that (NewsFANE orders some stories differently), to the one
 * place in `b` where the next ANCHOR letters of `a` occur, from the next point of `a` that has one.
 */
export function alignLetters(a: readonly string[], b: readonly string[]): Int32Array {
  const where = new Map<string, number>();
  for (let y = 0; y + ANCHOR <= b.length; y += 1) {
    const key = b.slice(y, y + ANCHOR).join('');
    where.set(key, where.has(key) ? -1 : y);
  }
  const match = new Int32Array(a.length).fill(-1);
  let i = 0;
  let j = 0;
  const agree = (x: number, y: number) => {
    for (let k = 0; k < AGREE; k += 1) if (x + k >= a.length || y + k >= b.length || a[x + k] !== b[y + k]) return false;
    return true;
  };
  while (i < a.length) {
    if (j < b.length && a[i] === b[j]) {
      match[i] = j;
      i += 1;
      j += 1;
      continue;
    }
    let found = false;
    for (let total = 1; total <= 2 * WINDOW && !found; total += 1) {
      for (let skipA = Math.max(0, total - WINDOW); skipA <= Math.min(total, WINDOW); skipA += 1) {
        if (agree(i + skipA, j + total - skipA)) {
          i += skipA;
          j += total - skipA;
          found = true;
          break;
        }
      }
    }
    while (!found && i < a.length) {
      const y = where.get(a.slice(i, i + ANCHOR).join(''));
      if (y !== undefined && y >= 0) {
        j = y;
        found = true;
      } else i += 1;
    }
  }
  return match;
}

export interface Refinement {
  /** The tokens given, each with `fine` set when it is in a PER, LOC or ORG name. */
  tokens: GoldToken[];
  /** Names refined, by fine label; names whose letters aligned to no NewsFANE name. */
  counts: Map<string, number>;
  unaligned: number;
}

/** The coarse type's subtype for a NewsFANE fine type, or '' (the coarse type alone). */
function subtypeOf(coarse: 'PER' | 'LOC' | 'ORG', fine: string | undefined): string {
  const name = fine === undefined ? undefined : FINE_NAMES[fine];
  return name !== undefined && LABELS.includes(`B-${coarse}.${name}`) ? name : '';
}

/** ANERcorp tokens (a prefix of the corpus: the training part) with finer labels from NewsFANE. */
export function refineWithNewsfane(tokens: readonly GoldToken[], fane: readonly FaneToken[] = readNewsfane()): Refinement {
  const ours = letters(tokens.map((token) => token.text));
  const theirsAll = letters(fane.map((token) => token.text));
  const match = alignLetters(ours.chars, theirsAll.chars);
  // Letters of our tokens → the fine types of the NewsFANE tokens they align with.
  const finesOfToken = new Map<number, Map<string, number>>();
  match.forEach((j, i) => {
    if (j < 0) return;
    const tag = fane[theirsAll.owner[j]!]!.tag;
    if (tag === 'O') return;
    const token = ours.owner[i]!;
    const fines = finesOfToken.get(token) ?? new Map<string, number>();
    finesOfToken.set(token, fines);
    fines.set(tag.slice(2), (fines.get(tag.slice(2)) ?? 0) + 1);
  });
  const refined = tokens.map((token) => ({ ...token }));
  const counts = new Map<string, number>();
  let unaligned = 0;
  let from = 0;
  while (from < refined.length) {
    const tag = refined[from]!.tag;
    const coarse = tag.slice(2);
    if (tag === 'O' || (coarse !== 'PER' && coarse !== 'LOC' && coarse !== 'ORG')) {
      from += 1;
      continue;
    }
    let to = from + 1;
    while (to < refined.length && refined[to]!.tag === `I-${coarse}`) to += 1;
    // The name's fine type: the one most of its letters fall in.
    const votes = new Map<string, number>();
    for (let token = from; token < to; token += 1) for (const [fine, count] of finesOfToken.get(token) ?? []) votes.set(fine, (votes.get(fine) ?? 0) + count);
    const top = [...votes].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]?.[0];
    if (top === undefined) unaligned += 1;
    const sub = subtypeOf(coarse, top);
    const label = sub === '' ? coarse : `${coarse}.${sub}`;
    counts.set(label, (counts.get(label) ?? 0) + 1);
    for (let token = from; token < to; token += 1) refined[token]!.fine = `${token === from ? 'B' : 'I'}-${label}`;
    from = to;
  }
  return { tokens: refined, counts, unaligned };
}

/** ANERcorp split 80/20 as splitAnercorp does, the training part with NewsFANE's finer labels unless `refine` is false. */
export function splitRefined(tokens: readonly GoldToken[], refine = true): { train: GoldToken[]; test: GoldToken[] } {
  const split = splitAnercorp(tokens);
  return refine ? { train: refineWithNewsfane(split.train).tokens, test: split.test } : split;
}
