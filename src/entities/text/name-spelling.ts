/**
 * One spelling for a name however the hamza was written, so that one name is one entity across
 * articles: each word as the lists spell it (`انتوني` → `أنتوني`); else a bare alef for a hamza on the
 * first letter (`إردوغان`, `اردوغان` → `اردوغان`), and in a person's name the medial and final hamza
 * seats go to their letter as well (`فائز` → `فايز`, `سائد` → `سايد`, `هانئ` → `هاني`, `رؤوف` → `روف`),
 * a seat beside the same long vowel merging with it (`رئيسي` → `ريسي`), since the press writes these
 * names both ways and no list knows most of them. Other names keep their medial hamza (`هيئة`,
 * `مؤسسة`): there it is the word's one spelling, and a folded form would read as a misspelling.
 * Diacritics go.
 */
import { stripDiacritics } from '../../arabic/normalize.ts';
import type { Gazetteer } from '../gazetteer/gazetteer.ts';
import { detached, foldWord } from './fold.ts';

/** `ئي`/`يئ` → `ي`, `ؤو`/`وؤ` → `و`, then `ئ` → `ي`, `ؤ` → `و`, a hamza on the line dropped (`رءوف`). */
export function withoutHamzaSeats(word: string): string {
  return word
    .replace(/ئي|يئ/gu, 'ي')
    .replace(/ؤو|وؤ|ءو/gu, 'و')
    .replace(/ئ/gu, 'ي')
    .replace(/ؤ/gu, 'و')
    .replace(/(?<=.)ء(?=.)/gu, '');
}

/** Particles of names, spelt one way: `آل ثاني`, not `ال ثاني`. */
const PARTICLES = new Map(['آل', 'أبو', 'أم'].map((word) => [foldWord(word), word]));

const SPELLED_LIMIT = 50_000;
let spelledPeople = new Map<string, string>();
let spelledOthers = new Map<string, string>();
let spelledWith: Gazetteer | undefined;

/**
 * The canonical spelling of a name as written; `type` PER folds the hamza seats too. Remembered per
 * written form (the same names come back article after article, and each is spelt several times per
 * article), for one gazetteer at a time, bounded.
 */
export function spelledName(written: string, gazetteer: Gazetteer, type: string): string {
  if (spelledWith !== gazetteer || spelledPeople.size + spelledOthers.size >= SPELLED_LIMIT) {
    spelledPeople = new Map();
    spelledOthers = new Map();
    spelledWith = gazetteer;
  }
  const known = type === 'PER' ? spelledPeople : spelledOthers;
  let spelled = known.get(written);
  if (spelled === undefined) {
    spelled = detached(spell(written, gazetteer, type));
    known.set(detached(written), spelled);
  }
  return spelled;
}

function spell(written: string, gazetteer: Gazetteer, type: string): string {
  return stripDiacritics(written)
    .split(' ')
    .map((word) => {
      const listed = gazetteer.spellings.get(foldWord(word)) ?? PARTICLES.get(foldWord(word));
      if (listed !== undefined) return listed;
      const bare = word.replace(/^[أإآ]/u, 'ا');
      if (type !== 'PER') return bare;
      const seatless = withoutHamzaSeats(bare);
      return gazetteer.spellings.get(foldWord(seatless)) ?? seatless;
    })
    .join(' ');
}
