/**
 * Brackets and quotation marks that do not pair up within a paragraph: one left open, a closing one with
 * no opening, or one closed by the wrong mark, as in the reference's `(اعترفت روسيا … وخيرسون".`.
 * Straight quotes have one glyph for both ends: the innermost open one closes, otherwise the shape
 * decides (a quote after a letter and before a space or punctuation closes).
 */
import type { Finding, Message } from '../rule.ts';
import { isArabicLetter, isDigit, isLatinLetter } from '../text/arabic-chars.ts';
import type { LineSpan } from '../text/proof-document.ts';
import { defineRule } from './define-rule.ts';

const CLOSER_OF: Readonly<Record<string, string>> = { '(': ')', '[': ']', '«': '»', '“': '”', '"': '"' };
const OPENER_OF: Readonly<Record<string, string>> = { ')': '(', ']': '[', '»': '«', '”': '“' };

interface Open {
  mark: string;
  offset: number;
}

const MESSAGES = {
  unclosed: (mark: string): Message => ({ ar: `العلامة ${mark} مفتوحة ولم تُغلق في الفقرة`, en: `${mark} is opened but never closed in this paragraph` }),
  unopened: (mark: string): Message => ({ ar: `العلامة ${mark} تُغلق ما لم يُفتح`, en: `${mark} closes nothing: no opening mark before it in this paragraph` }),
  mismatched: (opener: string, closer: string): Message => ({
    ar: `العلامة ${opener} أُغلقت بـ${closer} بدل ${CLOSER_OF[opener] ?? ''}`,
    en: `${opener} is closed by ${closer} instead of ${CLOSER_OF[opener] ?? ''}`,
  }),
};

function isWordChar(code: number): boolean {
  return isArabicLetter(code) || isLatinLetter(code) || isDigit(code) || code === 0x0640;
}

/** A straight quote that follows a word and is not followed by one closes; anything else opens. */
function quoteCloses(text: string, index: number): boolean {
  const before = index > 0 ? text.charCodeAt(index - 1) : -1;
  const after = index + 1 < text.length ? text.charCodeAt(index + 1) : -1;
  const afterWord = before !== -1 && (isWordChar(before) || '.،,!?؟…)'.includes(text[index - 1] as string));
  return afterWord && (after === -1 || !isWordChar(after));
}

/** `1)` or `أ)` opening a list item has no opening bracket by design. */
function isListMarker(text: string, index: number): boolean {
  return /^\s*[\p{L}\p{Nd}]{1,2}$/u.test(text.slice(0, index)) || /(?:^|\s)[\p{Nd}]{1,2}$/u.test(text.slice(Math.max(0, index - 3), index));
}

function checkLine(line: LineSpan): Finding[] {
  const findings: Finding[] = [];
  const stack: Open[] = [];
  const text = line.text;
  const at = (index: number) => line.start + index;
  const reportUnclosed = (open: Open) => findings.push({ start: open.offset, end: open.offset + 1, suggestions: [], message: MESSAGES.unclosed(open.mark) });
  /** Closes the innermost open `mark`, reporting those left open inside it; false when none is open. */
  const closeThrough = (mark: string): boolean => {
    const depth = stack.findLastIndex((open) => open.mark === mark);
    if (depth === -1) return false;
    for (const open of stack.splice(depth).slice(1)) reportUnclosed(open);
    return true;
  };
  for (let index = 0; index < text.length; index += 1) {
    const mark = text[index] as string;
    if (mark === '"') {
      if (stack.at(-1)?.mark === '"') stack.pop();
      else if (quoteCloses(text, index) && !closeThrough('"')) {
        const top = stack.at(-1);
        if (top === undefined) findings.push({ start: at(index), end: at(index) + 1, suggestions: [], message: MESSAGES.unopened(mark) });
        else {
          stack.pop();
          findings.push({ start: at(index), end: at(index) + 1, suggestions: [CLOSER_OF[top.mark] ?? ''], message: MESSAGES.mismatched(top.mark, mark) });
        }
      } else if (!quoteCloses(text, index)) stack.push({ mark, offset: at(index) });
      continue;
    }
    if (CLOSER_OF[mark] !== undefined) {
      stack.push({ mark, offset: at(index) });
      continue;
    }
    const opener = OPENER_OF[mark];
    if (opener === undefined) continue;
    if (closeThrough(opener)) continue;
    const top = stack.at(-1);
    if (top !== undefined && top.mark !== '"') {
      stack.pop();
      findings.push({ start: at(index), end: at(index) + 1, suggestions: [CLOSER_OF[top.mark] ?? ''], message: MESSAGES.mismatched(top.mark, mark) });
    } else if (!(mark === ')' && isListMarker(text, index))) {
      findings.push({ start: at(index), end: at(index) + 1, suggestions: [], message: MESSAGES.unopened(mark) });
    }
  }
  for (const open of stack) reportUnclosed(open);
  return findings;
}

export const unbalancedBracketsRule = defineRule({
  id: 'unbalanced-brackets',
  severity: 'error',
  message: { ar: 'قوس أو علامة تنصيص غير متوازنة', en: 'Unbalanced bracket or quotation mark' },
  examples: [
    { wrong: 'في شرق أوكرانيا (اعترفت روسيا بإقليمي لوغانسك ودونيتسك".', right: 'في شرق أوكرانيا (اعترفت روسيا بإقليمي لوغانسك ودونيتسك).' },
    { wrong: 'قال الوزير [في بيان).', right: 'قال الوزير [في بيان].' },
    { wrong: 'قال «هدفنا الرئيسي".', right: 'قال «هدفنا الرئيسي».' },
    { wrong: 'وقال (في بيان إن الاتفاق قريب', right: 'وقال (في بيان إن الاتفاق قريب' },
    { wrong: 'وقال في بيان) إن الاتفاق قريب', right: 'وقال في بيان) إن الاتفاق قريب' },
    { wrong: 'وقال "إن الاتفاق قريب', right: 'وقال "إن الاتفاق قريب' },
  ],
  accepts: [
    'لن تعترف بـ"أقاليم شبه الدولة" التي تدعمها روسيا',
    'قال: "هدفنا الرئيسي (وهو واضح) هو الأمن".',
    'وصف الاتفاق بأنه «تاريخي» و"نهائي".',
    '1) الاقتصاد\n2) الأمن',
  ],
  check(document) {
    return document.lines.flatMap((line) => (line.text.length === 0 ? [] : checkLine(line)));
  },
});
