/** A finding placed for people and tools: rule, severity, message, offsets, line and column, excerpt. */
import type { Finding, Message, ProofRule, Severity } from './rule.ts';
import type { ProofDocument } from './text/proof-document.ts';

export interface Excerpt {
  /** The flagged span with some of its line on either side. */
  text: string;
  /** Where the flagged span lies inside `text`. */
  start: number;
  end: number;
}

export interface Diagnostic {
  rule: string;
  severity: Severity;
  message: Message;
  /** UTF-16 offsets into the decoded text: `text.slice(start, end)` is the flagged span. */
  start: number;
  end: number;
  /** 1-based line and column (column in UTF-16 code units, as editors count). */
  line: number;
  column: number;
  excerpt: Excerpt;
  /** Replacements for the span, best first; an empty string means "delete it". */
  suggestions: string[];
  /** True when the first suggestion is certain and `--fix` applies it. */
  safeFix: boolean;
}

/** Characters of context on each side of the span in an excerpt. */
const EXCERPT_CONTEXT = 30;

function cutExcerpt(document: ProofDocument, start: number, end: number): Excerpt {
  const line = document.lineAt(start);
  const lineEnd = Math.max(line.end, Math.min(end, line.end));
  let from = Math.max(line.start, start - EXCERPT_CONTEXT);
  let to = Math.min(lineEnd, Math.max(end, start) + EXCERPT_CONTEXT);
  // Whole words: move the cuts outwards to the nearest space, within a few characters.
  const text = document.text;
  for (let step = 0; step < 12 && from > line.start && text[from - 1] !== ' '; step += 1) from -= 1;
  for (let step = 0; step < 12 && to < lineEnd && text[to] !== ' '; step += 1) to += 1;
  const spanEnd = Math.min(end, to);
  return { text: text.slice(from, to), start: start - from, end: spanEnd - from };
}

export function toDiagnostic(document: ProofDocument, rule: ProofRule, finding: Finding): Diagnostic {
  const line = document.lineAt(finding.start);
  return {
    rule: rule.id,
    severity: rule.severity,
    message: finding.message ?? rule.message,
    start: finding.start,
    end: finding.end,
    line: line.index + 1,
    column: finding.start - line.start + 1,
    excerpt: cutExcerpt(document, finding.start, finding.end),
    suggestions: finding.suggestions,
    safeFix: finding.safe === true && finding.suggestions.length > 0,
  };
}
