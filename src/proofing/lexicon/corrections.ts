/**
 * Corrections for a misspelled word: listed words one slip away (from the deletion index), or the few
 * likely slips Hunspell accepts, ranked by how common the word is in news and how likely the slip.
 * Candidate generation follows Norvig's spelling corrector; the slip weights are Arabic's own.
 */
import type { Edit } from './single-edits.ts';
import type { WordLexicon } from './word-lexicon.ts';

const MIN_LENGTH = 3;
const MAX_SUGGESTIONS = 3;
const COMMONEST_SLIP = 0.5;

/** Letters one key or one dot apart, which slips swap most often. */
const CONFUSABLE = new Set(
  ['ةه', 'ىي', 'اأ', 'اإ', 'اآ', 'أإ', 'ذز', 'ضظ', 'صض', 'ثت', 'سش', 'حخ', 'جح', 'عغ', 'فق', 'دذ', 'رز', 'طظ', 'بت', 'تن', 'نب', 'ءئ', 'ؤئ', 'يئ', 'وؤ']
    .flatMap((pair) => [pair, `${pair[1]}${pair[0]}`]),
);

function firstDifference(typed: string, intended: string): number {
  let at = 0;
  while (at < typed.length && typed.charCodeAt(at) === intended.charCodeAt(at)) at += 1;
  return at;
}

/** Arabic's commonest slips: hamza left off an initial alef, final ى for ي, final ه for ة. */
function isCommonestSlip(typed: string, edit: Edit): boolean {
  if (edit.kind !== 'substitution') return false;
  const pair = `${edit.letter}${edit.replacement ?? ''}`;
  if (pair === 'اأ' || pair === 'اإ') {
    const at = firstDifference(typed, edit.word);
    return at === 0 || (at === 2 && typed.startsWith('ال')) || (at === 1 && /^[وفبل]/.test(typed));
  }
  return (pair === 'ىي' || pair === 'هة') && firstDifference(typed, edit.word) === typed.length - 1;
}

/** A letter typed twice, a final ى or ه, or an initial bare alef: the shapes `likelySlips` repairs but swaps. */
export function hasCommonestSlipShape(word: string): boolean {
  if (/(.)\1/.test(word) || /[هى]$/.test(word)) return true;
  const rest = word.replace(/^[وف]?[بكل]?/, '');
  return (rest.startsWith('ال') ? rest.slice(2) : rest).startsWith('ا');
}

/**
 * The few slips worth asking Hunspell about (it is slow, and accepts odd agglutinations): a doubled
 * letter typed once too often, two letters swapped, and the commonest slips.
 */
function likelySlips(typed: string): Edit[] {
  const slips: Edit[] = [];
  for (let at = 0; at < typed.length; at += 1) {
    const letter = typed[at] as string;
    if (letter === typed[at - 1] || letter === typed[at + 1]) slips.push({ word: typed.slice(0, at) + typed.slice(at + 1), kind: 'deletion', letter });
    const next = typed[at + 1];
    if (next !== undefined && next !== letter) slips.push({ word: typed.slice(0, at) + next + letter + typed.slice(at + 2), kind: 'transposition', letter });
  }
  const alef = /^(?:ال|[وفبل])?ا/.exec(typed);
  if (alef !== null) {
    const at = alef[0].length - 1;
    for (const hamza of ['أ', 'إ']) slips.push({ word: typed.slice(0, at) + hamza + typed.slice(at + 1), kind: 'substitution', letter: 'ا', replacement: hamza });
  }
  const last = typed.length - 1;
  if (typed[last] === 'ى') slips.push({ word: `${typed.slice(0, last)}ي`, kind: 'substitution', letter: 'ى', replacement: 'ي' });
  if (typed[last] === 'ه') slips.push({ word: `${typed.slice(0, last)}ة`, kind: 'substitution', letter: 'ه', replacement: 'ة' });
  return slips;
}

function slipLikelihood(typed: string, edit: Edit): number {
  switch (edit.kind) {
    case 'deletion': {
      // The typed word has a letter twice where the intended one has it once.
      const at = firstDifference(typed, edit.word);
      return typed[at] === typed[at - 1] || typed[at] === typed[at + 1] ? 0.4 : 0.15;
    }
    case 'transposition':
      return 0.3;
    case 'substitution':
      if (isCommonestSlip(typed, edit)) return COMMONEST_SLIP;
      return CONFUSABLE.has(`${edit.letter}${edit.replacement ?? ''}`) ? 0.3 : 0.05;
    case 'insertion':
      return 0.1;
  }
}

export interface Candidate {
  word: string;
  /** How common the word is in news (0–1) plus how likely the slip that leads to it. */
  score: number;
}

/**
 * Corrections one slip away: from the news list (`fromHunspell` false), or, for a word with none,
 * the few likely slips Hunspell accepts. A word with proclitics is also corrected without them and
 * given them back (`والأميركيتيين`).
 */
function corrections(word: string, lexicon: WordLexicon, fromHunspell: boolean): Candidate[] {
  const best = new Map<string, number>();
  const consider = (typed: string, prefix: string) => {
    const add = (edit: Edit, commonness: number) => {
      const candidate = prefix + edit.word;
      const score = commonness + slipLikelihood(typed, edit) - (prefix === '' ? 0 : 0.01);
      if (score > (best.get(candidate) ?? -1)) best.set(candidate, score);
    };
    if (!fromHunspell) {
      for (const edit of lexicon.nearWords(typed)) if (edit.word.length >= 2) add(edit, lexicon.listedCommonness(edit.word));
      return;
    }
    for (const edit of likelySlips(typed)) {
      if (edit.word.length >= 2 && lexicon.spell(edit.word)) add(edit, lexicon.listedCommonness(edit.word));
    }
  };
  consider(word, '');
  const prefix = /^(?:[وف]?(?:بال|كال|لل|ال|[بلك])|[وف])/.exec(word)?.[0];
  if (prefix !== undefined && word.length - prefix.length >= MIN_LENGTH) consider(word.slice(prefix.length), prefix);
  return [...best]
    .map(([candidate, score]) => ({ word: candidate, score }))
    .sort((left, right) => right.score - left.score)
    .slice(0, MAX_SUGGESTIONS);
}

/** Unknown words recur from article to article (names, house misspellings): their candidates are kept. */
const correctionCache = new WeakMap<WordLexicon, Map<string, Candidate[]>>();
const CORRECTION_CACHE_LIMIT = 20_000;

export function cachedCorrections(word: string, lexicon: WordLexicon, fromHunspell: boolean): Candidate[] {
  let cache = correctionCache.get(lexicon);
  if (cache === undefined) correctionCache.set(lexicon, (cache = new Map()));
  const key = fromHunspell ? `${word}\u0000` : word;
  let found = cache.get(key);
  if (found === undefined) {
    if (cache.size >= CORRECTION_CACHE_LIMIT) cache.clear();
    found = corrections(word, lexicon, fromHunspell);
    cache.set(key, found);
  }
  return found;
}

