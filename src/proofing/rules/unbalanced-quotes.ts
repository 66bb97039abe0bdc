/**
 * Quotation marks (`"`, `“ ”`) that do not pair up: a quote left open at the end of a quotation, or a
 * closing quote with no opening one, often a quote typed on the wrong side of its space (`ونشرت" شينخوا"`).
 */
import { isQuote, pairProblemsOf, type PairProblem } from '../text/pair-marks.ts';
import { defineRule } from './define-rule.ts';
import { pairProblemFinding } from './unbalanced-brackets.ts';

function concernsQuotesOnly(problem: PairProblem): boolean {
  return isQuote(problem.mark) && (problem.kind !== 'mismatched' || isQuote(problem.opener));
}

export const unbalancedQuotesRule = defineRule({
  id: 'unbalanced-quotes',
  severity: 'warning',
  message: { ar: 'علامة تنصيص غير متوازنة', en: 'Unbalanced quotation mark' },
  examples: [
    { wrong: 'وقال "إن الاتفاق قريب', right: 'وقال "إن الاتفاق قريب' },
    { wrong: 'ونشرت" شينخوا" صورة للزعيم', right: 'ونشرت" شينخوا" صورة للزعيم' },
  ],
  accepts: [
    'لن تعترف بـ"أقاليم شبه الدولة" التي تدعمها روسيا',
    'قال إن "تنظيم "الدولة الإسلامية" طُرد من الرقة"، موضحا ذلك',
    'وقال: "الفقرة الأولى من التصريح\n"والفقرة الثانية منه".',
    'وقال: "الفقرة الأولى من التصريح\nوالفقرة الثانية منه".',
    'شركتي "شيفرون" و"إكسون موبيل" الأميركيتين',
  ],
  check(document) {
    return pairProblemsOf(document)
      .filter(concernsQuotesOnly)
      .map((problem) => pairProblemFinding(document, problem));
  },
});
