/**
 * Pairs brackets and quotation marks paragraph by paragraph (a line is a paragraph) and reports what
 * does not pair: a mark left open, a closing mark with nothing to close, a bracket closed by the wrong
 * mark. Straight quotes have one glyph for both ends, so their shape decides: after a word and before a
 * space or punctuation a quote closes; after a space or a one-letter prefix (`بـ"`, `و"`) it opens; in
 * between it closes an open quote or else opens one. A quotation may run on over paragraphs when the
 * next paragraph opens with a quote or closes the open one, as newspapers print long quotes.
 */
import { isArabicLetter, isDigit, isLatinLetter } from './arabic-chars.ts';
import type { LineSpan, ProofDocument } from './proof-document.ts';

export const CLOSER_OF: Readonly<Record<string, string>> = { '(': ')', '[': ']', '«': '»', '“': '”', '"': '"' };
const OPENER_OF: Readonly<Record<string, string>> = { ')': '(', ']': '[', '»': '«', '”': '“' };
const QUOTES = new Set(['"', '“', '”']);

export function isQuote(mark: string): boolean {
  return QUOTES.has(mark);
}

export type PairProblem =
  | { kind: 'unclosed'; mark: string; offset: number }
  | { kind: 'unopened'; mark: string; offset: number }
  | { kind: 'mismatched'; opener: string; mark: string; offset: number }
  /** A closing mark typed where its opening one belongs: `و»لا نحاول تلمسها»`. */
  | { kind: 'wrong-way'; mark: string; offset: number }
  /** Both marks of a pair typed the wrong way round: `]السوري[`. */
  | { kind: 'reversed'; mark: string; offset: number; closerOffset: number };

interface Open {
  mark: string;
  offset: number;
}

function isWordChar(code: number): boolean {
  return isArabicLetter(code) || isLatinLetter(code) || isDigit(code);
}

type Shape = 'opening' | 'closing' | 'either';

function quoteShape(text: string, index: number): Shape {
  const before = text[index - 1];
  const after = text[index + 1];
  const wordAfter = after !== undefined && (isWordChar(after.charCodeAt(0)) || '(«['.includes(after));
  const wordBefore = before !== undefined && (isWordChar(before.charCodeAt(0)) || '.،,!?؟…)»]%'.includes(before));
  // `بـ"`, `و"`, `لـ"`: a one-letter prefix, with or without tatweel, stands before an opening quote.
  const prefixBefore = before === '\u0640' || (before !== undefined && /(?:^|[\s(«])[وفبلك]$/u.test(text.slice(Math.max(0, index - 2), index)));
  if (prefixBefore && wordAfter) return 'opening';
  if (!wordBefore && wordAfter) return 'opening';
  if (wordBefore && !wordAfter) return 'closing';
  return 'either';
}

/** `1)` or `أ)` opening a list item has no opening bracket by design. */
function isListMarker(text: string, index: number): boolean {
  return /^\s*[\p{L}\p{Nd}]{1,2}$/u.test(text.slice(0, index));
}

/**
 * Within one paragraph, a closing bracket with nothing to close followed by a bracket of the same kind
 * left open (`]السوري[`) is one reversed pair; two closing ones with nothing to close (`»لا … تلمسها»`)
 * are an opening one typed the wrong way and its closer.
 */
function mergeReversed(problems: PairProblem[]): PairProblem[] {
  const merged: PairProblem[] = [];
  const sorted = [...problems].sort((left, right) => left.offset - right.offset);
  for (let index = 0; index < sorted.length; index += 1) {
    const problem = sorted[index] as PairProblem;
    const next = sorted[index + 1];
    if (problem.kind === 'unopened' && !isQuote(problem.mark) && next !== undefined) {
      const opener = OPENER_OF[problem.mark];
      if (next.kind === 'unclosed' && next.mark === opener) {
        merged.push({ kind: 'reversed', mark: opener, offset: problem.offset, closerOffset: next.offset });
        index += 1;
        continue;
      }
      if (next.kind === 'unopened' && next.mark === problem.mark) {
        merged.push({ kind: 'wrong-way', mark: problem.mark, offset: problem.offset });
        index += 1;
        continue;
      }
    }
    merged.push(problem);
  }
  return merged;
}

const PAIR_PROBLEMS = Symbol('pair problems');
const ANY_MARK = /["“”()[\]«»]/;
const ANY_MARK_GLOBAL = /["“”()[\]«»]/g;

/** The document's pairing problems, found once for the bracket and the quote rules. */
export function pairProblemsOf(document: ProofDocument): PairProblem[] {
  return document.derive(PAIR_PROBLEMS, () => findPairProblems(document.lines));
}

export function findPairProblems(lines: readonly LineSpan[]): PairProblem[] {
  const problems: PairProblem[] = [];
  /** Quotes left open at the end of the previous non-empty paragraph, reported unless this one continues them. */
  let runningQuotes: Open[] = [];
  for (const line of lines) {
    const text = line.text;
    if (text.trim() === '') continue;
    // Most paragraphs have no mark at all; they only close the quotations running into them.
    if (runningQuotes.length === 0 && !ANY_MARK.test(text)) continue;
    const problemsBefore = problems.length;
    const stack: Open[] = [...runningQuotes];
    let continued = false;
    const at = (index: number) => line.start + index;
    const closeThrough = (marks: readonly string[]): boolean => {
      const depth = stack.findLastIndex((open) => marks.includes(open.mark));
      if (depth === -1) return false;
      for (const open of stack.splice(depth).slice(1)) problems.push({ kind: 'unclosed', mark: open.mark, offset: open.offset });
      if (depth < runningQuotes.length) continued = true;
      return true;
    };
    for (const found of text.matchAll(ANY_MARK_GLOBAL)) {
      const index = found.index;
      const mark = found[0];
      if (mark === '"' || (mark === '”' && quoteShape(text, index) === 'opening') || mark === '“') {
        const shape = mark === '“' ? 'opening' : quoteShape(text, index);
        const firstMark = text.slice(0, index).trim() === '';
        if (firstMark && shape === 'opening' && runningQuotes.length > 0) {
          // A paragraph opening with a quote carries on the quotation left open before it.
          stack.length = 0;
          continued = true;
        }
        const quoteOpen = stack.some((open) => isQuote(open.mark));
        if (shape === 'opening' || (shape === 'either' && !quoteOpen)) {
          stack.push({ mark, offset: at(index) });
        } else if (!closeThrough(['"', '“', '”'])) {
          const top = stack.at(-1);
          if (top === undefined) problems.push({ kind: 'unopened', mark, offset: at(index) });
          else {
            stack.pop();
            problems.push({ kind: 'mismatched', opener: top.mark, mark, offset: at(index) });
          }
        }
        continue;
      }
      if (CLOSER_OF[mark] !== undefined) {
        stack.push({ mark, offset: at(index) });
        continue;
      }
      const opener = OPENER_OF[mark];
      if (opener === undefined) continue;
      if (closeThrough(mark === '”' ? ['“', '"'] : [opener])) continue;
      const top = stack.at(-1);
      if (top !== undefined && !isQuote(top.mark)) {
        stack.pop();
        problems.push({ kind: 'mismatched', opener: top.mark, mark, offset: at(index) });
      } else if (!(mark === ')' && isListMarker(text, index))) {
        problems.push({ kind: 'unopened', mark, offset: at(index) });
      }
    }
    // The previous paragraph's open quotes: continued here, or reported as never closed.
    if (!continued) {
      for (const open of runningQuotes) problems.push({ kind: 'unclosed', mark: open.mark, offset: open.offset });
      stack.splice(0, stack.filter((open) => runningQuotes.includes(open)).length);
    }
    runningQuotes = [];
    for (const open of stack) {
      if (isQuote(open.mark) && stack.every((other) => isQuote(other.mark))) runningQuotes.push(open);
      else if (!runningQuotes.includes(open)) problems.push({ kind: 'unclosed', mark: open.mark, offset: open.offset });
    }
    problems.push(...mergeReversed(problems.splice(problemsBefore)));
  }
  for (const open of runningQuotes) problems.push({ kind: 'unclosed', mark: open.mark, offset: open.offset });
  return problems.sort((left, right) => left.offset - right.offset);
}
