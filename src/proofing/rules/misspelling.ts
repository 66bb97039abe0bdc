/**
 * Misspelled words: unknown to Hunspell (Ayaspell), the news word list and the house list, and one
 * typing slip away from a common word (Norvig's candidate generation, ranked by how common each
 * candidate is in news and how likely the slip). Names are the risk: a word the article repeats, one
 * after a title (`الرئيس`, `ميناء`), one beside another unknown word or in a short quoted name is
 * taken for a name. An unknown word with no close common word is a name or a rarity and is not flagged.
 */
import { procliticBases } from '../lexicon/clitics.ts';
import { singleEdits, type Edit } from '../lexicon/single-edits.ts';
import type { WordLexicon } from '../lexicon/word-lexicon.ts';
import type { Finding } from '../rule.ts';
import { FUNCTION_WORDS } from '../text/function-words.ts';
import { NAME_INTRODUCERS } from '../text/name-context.ts';
import type { ProofDocument } from '../text/proof-document.ts';
import type { WordSpan } from '../text/word-spans.ts';
import { defineRule } from './define-rule.ts';

const MIN_LENGTH = 3;
const MAX_SUGGESTIONS = 3;
/** A candidate from the news list must be at least this common (0–1 scale: top three quarters). */
const MIN_CANDIDATE_COMMONNESS = 0.25;
/** A doubled letter typed once too often, or two letters swapped. */
const LIKELY_SLIP = 0.3;
const STANDARD_LETTERS = /^[\u0621-\u063A\u0641-\u064A]+$/;

/** Letters one key or one dot apart, which slips swap most often. */
const CONFUSABLE = new Set(
  ['ةه', 'ىي', 'اأ', 'اإ', 'اآ', 'أإ', 'ذز', 'ضظ', 'صض', 'ثت', 'سش', 'حخ', 'جح', 'عغ', 'فق', 'دذ', 'رز', 'طظ', 'بت', 'تن', 'نب', 'ءئ', 'ؤئ', 'يئ', 'وؤ']
    .flatMap((pair) => [pair, `${pair[1]}${pair[0]}`]),
);

/** Arabic's commonest slips: hamza left off an initial alef, final ى for ي, final ه for ة. */
function isCommonestSlip(typed: string, edit: Edit): boolean {
  const at = [...edit.word].findIndex((letter, position) => letter !== typed[position]);
  const pair = `${edit.letter}${edit.replacement ?? ''}`;
  if (at === 0 || (at === 2 && typed.startsWith('ال')) || (at === 1 && /^[وفبل]/.test(typed))) return pair === 'اأ' || pair === 'اإ';
  return at === typed.length - 1 && (pair === 'ىي' || pair === 'هة');
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
      if (isCommonestSlip(typed, edit)) return 0.5;
      return CONFUSABLE.has(`${edit.letter}${edit.replacement ?? ''}`) ? 0.3 : 0.05;
    case 'insertion':
      return 0.1;
  }
}

function corrections(word: string, lexicon: WordLexicon): string[] {
  const scored: { word: string; score: number }[] = [];
  for (const edit of singleEdits(word)) {
    if (edit.word.length < 2) continue;
    const commonness = lexicon.commonness(edit.word);
    const likelihood = slipLikelihood(word, edit);
    // Hunspell accepts many odd agglutinations, so a word it alone knows must be a likely slip away.
    if (commonness >= MIN_CANDIDATE_COMMONNESS || (likelihood >= LIKELY_SLIP && lexicon.spell(edit.word))) {
      scored.push({ word: edit.word, score: commonness + likelihood });
    }
  }
  return scored.sort((left, right) => right.score - left.score).slice(0, MAX_SUGGESTIONS).map((candidate) => candidate.word);
}

/** How often each spelling, and each spelling without its proclitics, occurs in the article. */
function spellingCounts(document: ProofDocument): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of document.words) {
    if (word.kind !== 'arabic') continue;
    for (const form of procliticBases(word.bare)) counts.set(form, (counts.get(form) ?? 0) + 1);
  }
  return counts;
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
  return !/^[وفبلك]?ال/.test(word.bare) && !FUNCTION_WORDS.has(word.bare) && !lexicon.spell(word.bare);
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
    let counts: Map<string, number> | undefined;
    const isUnknown = (word: WordSpan | undefined) =>
      word !== undefined && word.kind === 'arabic' && STANDARD_LETTERS.test(word.bare) && !lexicon.isKnown(word.bare);
    for (const word of document.words) {
      if (word.kind !== 'arabic' || word.bare.length < MIN_LENGTH) continue;
      // Words with odd letters or letter runs belong to the persian-letters and repeated-letter rules.
      if (!STANDARD_LETTERS.test(word.bare) || /(.)\1\1/.test(word.bare) || lexicon.isKnown(word.bare)) continue;
      counts ??= spellingCounts(document);
      if (procliticBases(word.bare).some((form) => (counts?.get(form) ?? 0) >= 2)) continue;
      const previous = neighbour(document, word, -1);
      if (previous !== undefined && introducesName(previous.bare)) continue;
      const next = neighbour(document, word, 1);
      if (isUnknown(previous) || isUnknown(next) || looksLikeName(previous, lexicon) || looksLikeName(next, lexicon)) continue;
      if (inShortQuote(document, word)) continue;
      const suggestions = corrections(word.bare, lexicon);
      if (suggestions.length === 0) continue;
      findings.push({ start: word.start, end: word.end, suggestions });
    }
    return findings;
  },
});
