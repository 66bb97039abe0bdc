/**
 * A letter typed three or more times (`علللحصول`). Arabic writes a doubled consonant once, with a shadda,
 * so three identical letters in a row never spell a word. The best repair splits off a function word
 * whose last letter and the following space were lost (`على الحصول`), then collapsing the run.
 */
import type { WordLexicon } from '../lexicon/word-lexicon.ts';
import type { Finding } from '../rule.ts';
import { defineRule } from './define-rule.ts';

const MIN_RUN = 3;
const MAX_SUGGESTIONS = 3;
/** Three identical Arabic letters, harakat and tatweel allowed between them. */
const TRIPLE_LETTER = /([\u0621-\u064A\u066E-\u06D3])[\u064B-\u065F\u0640]*\1[\u064B-\u065F\u0640]*\1/;

/** Short words that lose their last letter and the space after them when typed fast. */
const FUNCTION_WORDS = [
  'على', 'إلى', 'في', 'من', 'عن', 'مع', 'ما', 'لا', 'أن', 'إن', 'كل', 'بل', 'هل', 'قد', 'لم', 'لن', 'ثم',
  'حتى', 'عند', 'منذ', 'بين', 'ذلك', 'هذا', 'هذه', 'أو', 'كما', 'لكن', 'بعد', 'قبل', 'حول', 'ضد', 'لدى', 'عبر',
];

interface Run {
  start: number;
  end: number;
  letter: string;
}

function runsIn(word: string): Run[] {
  const runs: Run[] = [];
  let start = 0;
  for (let index = 1; index <= word.length; index += 1) {
    if (index < word.length && word[index] === word[start]) continue;
    if (index - start >= MIN_RUN) runs.push({ start, end: index, letter: word[start] as string });
    start = index;
  }
  return runs;
}

/** Laughter (`ههههه`) and other words made of one letter are not typing slips worth flagging. */
function isSingleLetterWord(word: string): boolean {
  return word.split('').every((letter) => letter === word[0]);
}

interface Candidate {
  text: string;
  commonness: number;
  /** Letters the repair adds that were not typed: fewer is closer to what was typed. */
  added: number;
}

function splitCandidates(word: string, run: Run, lexicon: WordLexicon): Candidate[] {
  const left = word.slice(0, run.start) + run.letter;
  const right = word.slice(run.end);
  const candidates: Candidate[] = [];
  for (const functionWord of FUNCTION_WORDS) {
    if (!functionWord.startsWith(left) || functionWord.length - left.length > 1) continue;
    const remaining = run.end - run.start - 1;
    for (let repeats = 0; repeats <= remaining; repeats += 1) {
      const tail = run.letter.repeat(repeats) + right;
      // The article's alef is the other letter typically lost: `علل` + `حصول` is `على ال` + `حصول`.
      for (const second of run.letter === 'ل' && repeats > 0 ? [`ا${tail}`, tail] : [tail]) {
        if (second.length < 2 || !lexicon.isKnown(second)) continue;
        const added = functionWord.length - left.length + (second.length - tail.length);
        candidates.push({ text: `${functionWord} ${second}`, commonness: lexicon.commonness(second), added });
      }
    }
  }
  return candidates;
}

function collapseCandidates(word: string, run: Run, lexicon: WordLexicon): Candidate[] {
  const candidates: Candidate[] = [];
  for (const repeats of [2, 1]) {
    const collapsed = word.slice(0, run.start) + run.letter.repeat(repeats) + word.slice(run.end);
    if (lexicon.isKnown(collapsed)) candidates.push({ text: collapsed, commonness: lexicon.commonness(collapsed), added: 0 });
  }
  return candidates;
}

/** The commoner word first: news text is the best guide to what was meant. */
const byCloseness = (left: Candidate, right: Candidate) => right.commonness - left.commonness || left.added - right.added;

export const repeatedLetterRule = defineRule({
  id: 'repeated-letter',
  severity: 'error',
  message: {
    ar: 'حرف مكرر ثلاث مرات أو أكثر، وهو خطأ طباعي',
    en: 'A letter typed three or more times: a typing slip',
  },
  examples: [
    { wrong: 'عرقلة مساعي موسكو علللحصول على مساعدات', right: 'عرقلة مساعي موسكو على الحصول على مساعدات' },
    { wrong: 'قال المتحدث إن الوضع مستقررر حاليا', right: 'قال المتحدث إن الوضع مستقر حاليا' },
    { wrong: 'وصل الوفد منننفس الطريق', right: 'وصل الوفد من نفس الطريق' },
  ],
  accepts: ['وكتب أحدهم: ههههه', 'اجتمع المسؤولون للاتفاق على الحل'],
  check(document, { lexicon }) {
    const findings: Finding[] = [];
    // Most texts have no run at all: one regular-expression scan decides before any word is looked at.
    if (!TRIPLE_LETTER.test(document.text)) return findings;
    for (const word of document.words) {
      if (word.kind !== 'arabic' || word.bare.length < MIN_RUN || !TRIPLE_LETTER.test(word.bare) || isSingleLetterWord(word.bare)) continue;
      const runs = runsIn(word.bare);
      const run = runs[0];
      if (run === undefined) continue;
      const suggestions =
        runs.length === 1
          ? [
              ...splitCandidates(word.bare, run, lexicon).sort(byCloseness),
              ...collapseCandidates(word.bare, run, lexicon).sort(byCloseness),
            ].map((candidate) => candidate.text)
          : [];
      findings.push({ start: word.start, end: word.end, suggestions: [...new Set(suggestions)].slice(0, MAX_SUGGESTIONS) });
    }
    return findings;
  },
});
