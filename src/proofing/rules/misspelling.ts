/**
 * Misspelled words: unknown to Hunspell (Ayaspell), the news word list and the house list, and one
 * typing slip away from a common word (Norvig's candidate generation, ranked by how common each
 * candidate is in news and how likely the slip). Names are the risk: a word the article repeats, one
 * after a title (`الرئيس`, `ميناء`), one beside another unknown word or in a short quoted name is
 * taken for a name, and so is one the entity gazetteer knows. An unknown word with no close common word
 * is a name or a rarity and is not flagged.
 */
import { PROCLITIC_PREFIXES, procliticBases } from '../lexicon/clitics.ts';
import { gazetteerVouches } from '../lexicon/gazetteer-names.ts';
import type { Edit } from '../lexicon/single-edits.ts';
import type { WordLexicon } from '../lexicon/word-lexicon.ts';
import type { Finding } from '../rule.ts';
import { FUNCTION_WORDS } from '../text/function-words.ts';
import { NAME_INTRODUCERS } from '../text/name-context.ts';
import type { ProofDocument } from '../text/proof-document.ts';
import type { WordSpan } from '../text/word-spans.ts';
import { defineRule } from './define-rule.ts';

const MIN_LENGTH = 3;
const MAX_SUGGESTIONS = 3;
/** The top 5% of the news word list: a word one slip from these is a slip, whatever stands beside it. */
const VERY_COMMON = 0.95;
const COMMONEST_SLIP = 0.5;
const STANDARD_LETTERS = /^[\u0621-\u063A\u0641-\u064A]+$/;

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
function hasCommonestSlipShape(word: string): boolean {
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
      const index = [...edit.word].findIndex((letter, position) => letter !== typed[position]);
      const at = index === -1 ? edit.word.length : index;
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

/**
 * Candidates one slip away, checked by exact lookup (cheap: a slip makes hundreds of candidates). A
 * word with proclitics is also corrected without them and given them back (`والأميركيتيين`).
 */
type Candidate = { word: string; score: number };

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

function cachedCorrections(word: string, lexicon: WordLexicon, fromHunspell: boolean): Candidate[] {
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

/**
 * How many words of the article are this word, with or without proclitics (`بايدن`, `وبايدن`, `لبايدن`):
 * a name the article repeats is vouched for by the article.
 */
function usesInArticle(document: ProofDocument, word: string): number {
  const bases = procliticBases(word);
  let uses = 0;
  for (const other of document.words) {
    if (other.kind !== 'arabic') continue;
    const bare = other.bare;
    if (bases.some((base) => bare.endsWith(base) && PROCLITIC_PREFIXES.has(bare.slice(0, bare.length - base.length)))) uses += 1;
  }
  return uses;
}

function neighbour(document: ProofDocument, word: WordSpan, step: -1 | 1): WordSpan | undefined {
  const other = document.words[word.index + step];
  if (other === undefined) return undefined;
  const between = step === -1 ? document.between(other, word) : document.between(word, other);
  return /^[ \t\u00a0]+$/.test(between) ? other : undefined;
}

/** Inside a quotation of one to three words: `"شيفرون"`, `"إكسون موبيل"`, the way brand names are cited. */
function inShortQuote(document: ProofDocument, word: WordSpan): boolean {
  const text = document.text;
  const before = text.lastIndexOf('"', word.start);
  const lineStart = text.lastIndexOf('\n', word.start) + 1;
  if (before < lineStart) return false;
  const after = text.indexOf('"', word.end);
  if (after === -1) return false;
  const quoted = text.slice(before + 1, after);
  return !quoted.includes('\n') && quoted.trim().split(/\s+/).length <= 3 && (text.slice(lineStart, before).split('"').length % 2 === 1);
}

/**
 * A foreign first or family name beside the word (`فولفغانغ كوبيكي`, `سرخيو راموس`): the news list
 * knows it but Hunspell does not, and it has no article, as personal names do not.
 */
function looksLikeName(word: WordSpan | undefined, lexicon: WordLexicon): boolean {
  if (word === undefined || word.kind !== 'arabic' || word.bare.length < 3) return false;
  return !hasArticle(word.bare) && !FUNCTION_WORDS.has(word.bare) && !lexicon.spell(word.bare);
}

function hasArticle(word: string): boolean {
  return /^[وف]?[بلك]?ال/.test(word);
}

/** `الرئيس`, `وزيرة`, `بإقليمي` (a dual in construct: `بإقليمي لوغانسك ودونيتسك`). */
function introducesName(word: string): boolean {
  return procliticBases(word).some((form) => NAME_INTRODUCERS.has(form) || (form.endsWith('ي') && NAME_INTRODUCERS.has(form.slice(0, -1))));
}

export const misspellingRule = defineRule({
  id: 'misspelling',
  severity: 'warning',
  message: { ar: 'كلمة غير معروفة، ربما فيها خطأ إملائي', en: 'Unknown word, probably misspelled' },
  examples: [
    { wrong: 'شركتا النفط الأميركيتيين أعلنتا الاتفاق', right: 'شركتا النفط الأميركيتين أعلنتا الاتفاق' },
    { wrong: 'وقال الوزير إن الحكومه ستعلن القرار', right: 'وقال الوزير إن الحكومة ستعلن القرار' },
    { wrong: 'وأعلنت الوزارة عن برنامح جديد', right: 'وأعلنت الوزارة عن برنامج جديد' },
  ],
  accepts: [
    'التقى الرئيس قاسم جومارت توكاييف نظيره الأوكراني فولوديمير زيلينسكي',
    'وقال توكاييف إن بلاده محايدة، وأكد توكاييف ذلك',
    'شركتي "شيفرون" و"إكسون موبيل" الأميركيتين',
    'ينتهي خط الأنابيب في ميناء نوفوروسيسك الروسي',
    'وقال فولفغانغ كوبيكي نائب زعيم الحزب',
  ],
  check(document, { lexicon }) {
    const findings: Finding[] = [];
    const isUnknown = (word: WordSpan | undefined) =>
      word !== undefined && word.kind === 'arabic' && STANDARD_LETTERS.test(word.bare) && !lexicon.isKnown(word.bare);
    for (const word of document.words) {
      if (word.kind !== 'arabic' || word.bare.length < MIN_LENGTH || lexicon.isListed(word.bare)) continue;
      // Words with odd letters or letter runs belong to the persian-letters and repeated-letter rules.
      if (!STANDARD_LETTERS.test(word.bare) || /(.)\1\1/.test(word.bare)) continue;
      if (usesInArticle(document, word.bare) >= 2 || gazetteerVouches(word.bare)) continue;
      const previous = neighbour(document, word, -1);
      const listed = cachedCorrections(word.bare, lexicon, false);
      // A slip of one of the commonest words is a slip even beside a name or a title (`تويتر أظكثر`, `الرئيس اروسي`).
      const slipOfCommonWord = listed[0] !== undefined && lexicon.commonness(listed[0].word) >= VERY_COMMON;
      if (!slipOfCommonWord && previous !== undefined && introducesName(previous.bare) && !hasArticle(word.bare)) continue;
      // With no common word one slip away, only the commonest slips can still be found (through Hunspell).
      if (listed.length === 0 && !hasCommonestSlipShape(word.bare)) continue;
      const next = neighbour(document, word, 1);
      if (isUnknown(previous) || isUnknown(next)) continue;
      if (!slipOfCommonWord && (looksLikeName(previous, lexicon) || looksLikeName(next, lexicon) || inShortQuote(document, word))) continue;
      // Hunspell last: most unlisted words are good words it knows, and it is the slowest test.
      if (lexicon.isKnown(word.bare)) continue;
      // Hunspell (slow) is asked only about words with no common word one slip away.
      const suggestions = listed.length > 0 ? listed : cachedCorrections(word.bare, lexicon, true);
      if (suggestions.length === 0) continue;
      findings.push({ start: word.start, end: word.end, suggestions: suggestions.map((suggestion) => suggestion.word) });
    }
    return findings;
  },
});
