/**
 * Brackets that do not pair up within a paragraph, `( ) [ ] « »`: one left open, a closing one with
 * nothing to close, or one closed by the wrong mark, as in the reference's `(اعترفت روسيا … وخيرسون".`
 * where a quote closes the bracket. Quotes pairing with quotes are unbalanced-quotes' concern.
 */
import type { Finding, Message } from '../rule.ts';
import { CLOSER_OF, isQuote, pairProblemsOf, type PairProblem } from '../text/pair-marks.ts';
import type { ProofDocument } from '../text/proof-document.ts';
import { defineRule } from './define-rule.ts';

export function pairProblemMessage(problem: PairProblem): Message {
  switch (problem.kind) {
    case 'unclosed':
      return { ar: `العلامة ${problem.mark} مفتوحة ولم تُغلق في الفقرة`, en: `${problem.mark} is opened but never closed in this paragraph` };
    case 'unopened':
      return { ar: `العلامة ${problem.mark} تُغلق ما لم يُفتح`, en: `${problem.mark} closes nothing: no opening mark before it in this paragraph` };
    case 'wrong-way': {
      const opener = OPENER_FOR[problem.mark] ?? '';
      return { ar: `العلامة ${problem.mark} في موضع ${opener}`, en: `${problem.mark} where ${opener} belongs: the quotation opens with it` };
    }
    case 'reversed':
      return { ar: `القوسان ${problem.mark}${CLOSER_OF[problem.mark] ?? ''} مقلوبان`, en: `Brackets the wrong way round: ${CLOSER_OF[problem.mark] ?? ''}…${problem.mark}` };
    case 'mismatched': {
      const closer = CLOSER_OF[problem.opener] ?? '';
      return { ar: `العلامة ${problem.opener} أُغلقت بـ${problem.mark} بدل ${closer}`, en: `${problem.opener} is closed by ${problem.mark} instead of ${closer}` };
    }
  }
}

const OPENER_FOR: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(CLOSER_OF).map(([opener, closer]) => [closer, opener]));

export function pairProblemFinding(document: ProofDocument, problem: PairProblem): Finding {
  const message = pairProblemMessage(problem);
  switch (problem.kind) {
    case 'mismatched':
      return { start: problem.offset, end: problem.offset + 1, suggestions: [CLOSER_OF[problem.opener] ?? ''], message };
    case 'wrong-way':
      return { start: problem.offset, end: problem.offset + 1, suggestions: [OPENER_FOR[problem.mark] ?? ''], message };
    case 'reversed': {
      const inside = document.text.slice(problem.offset + 1, problem.closerOffset);
      const swapped = `${problem.mark}${inside}${CLOSER_OF[problem.mark] ?? ''}`;
      return { start: problem.offset, end: problem.closerOffset + 1, suggestions: [swapped], message };
    }
    default:
      return { start: problem.offset, end: problem.offset + 1, suggestions: [], message };
  }
}

/** A bracket's problem: the mark is a bracket, or a bracket was closed by a quote. */
function concernsBracket(problem: PairProblem): boolean {
  return problem.kind === 'mismatched' ? !isQuote(problem.opener) || !isQuote(problem.mark) : !isQuote(problem.mark);
}

export const unbalancedBracketsRule = defineRule({
  id: 'unbalanced-brackets',
  severity: 'error',
  message: { ar: 'قوس غير متوازن', en: 'Unbalanced bracket' },
  examples: [
    { wrong: 'في شرق أوكرانيا (اعترفت روسيا بإقليمي لوغانسك ودونيتسك".', right: 'في شرق أوكرانيا (اعترفت روسيا بإقليمي لوغانسك ودونيتسك).' },
    { wrong: 'قال الوزير [في بيان).', right: 'قال الوزير [في بيان].' },
    { wrong: 'قال «هدفنا الرئيسي".', right: 'قال «هدفنا الرئيسي».' },
    { wrong: 'وقال (في بيان إن الاتفاق قريب', right: 'وقال (في بيان إن الاتفاق قريب' },
    { wrong: 'وقال في بيان) إن الاتفاق قريب', right: 'وقال في بيان) إن الاتفاق قريب' },
    { wrong: 'استخدم النظام ]السوري[ غاز السارين', right: 'استخدم النظام [السوري] غاز السارين' },
    { wrong: 'لمسناها بالفعل و»لا نحاول تلمسها»، فهي تجربة', right: 'لمسناها بالفعل و«لا نحاول تلمسها»، فهي تجربة' },
  ],
  accepts: [
    'لن تعترف بـ"أقاليم شبه الدولة" التي تدعمها روسيا',
    'قال: "هدفنا الرئيسي (وهو واضح) هو الأمن".',
    'وصف الاتفاق بأنه «تاريخي» و"نهائي".',
    '1) الاقتصاد\n2) الأمن',
  ],
  check(document) {
    return pairProblemsOf(document)
      .filter(concernsBracket)
      .map((problem) => pairProblemFinding(document, problem));
  },
});
