/** Diagnostics as people read them in a terminal: `file:line:col`, severity, rule, message, excerpt. */
import type { Diagnostic } from './diagnostic.ts';
import type { Severity } from './rule.ts';

const ANSI = {
  reset: '\u001b[0m',
  bold: '\u001b[1m',
  dim: '\u001b[2m',
  underline: '\u001b[4m',
  red: '\u001b[31m',
  yellow: '\u001b[33m',
  cyan: '\u001b[36m',
};
const SEVERITY_COLOUR: Readonly<Record<Severity, string>> = { error: ANSI.red, warning: ANSI.yellow, info: ANSI.cyan };

export interface FormatOptions {
  /** ANSI colours and underlining (a terminal); otherwise the span is marked ⟦like this⟧. */
  colour: boolean;
}

/** What a suggestion does, where the replacement text alone would not show it. */
export function describeSuggestion(suggestion: string): string {
  if (suggestion === '') return '(delete)';
  if (suggestion.trim() === '') return suggestion === ' ' ? '(one space)' : '(spaces)';
  return suggestion;
}

export function formatDiagnostic(file: string, diagnostic: Diagnostic, options: FormatOptions): string {
  const paint = (code: string, text: string) => (options.colour ? `${code}${text}${ANSI.reset}` : text);
  const { excerpt } = diagnostic;
  const span = excerpt.text.slice(excerpt.start, excerpt.end) || ' ';
  const marked = options.colour ? paint(ANSI.underline + ANSI.bold, span) : `⟦${span}⟧`;
  const lines = [
    `${paint(ANSI.bold, `${file}:${diagnostic.line}:${diagnostic.column}`)} ${paint(SEVERITY_COLOUR[diagnostic.severity], diagnostic.severity)} ${diagnostic.message.en} ${paint(ANSI.dim, `[${diagnostic.rule}]`)}`,
    `    ${excerpt.text.slice(0, excerpt.start)}${marked}${excerpt.text.slice(excerpt.end)}`,
  ];
  if (diagnostic.suggestions.length > 0) {
    const label = diagnostic.safeFix ? 'fix' : 'suggestion';
    lines.push(`    ${label}: ${diagnostic.suggestions.map(describeSuggestion).join(' | ')}`);
  }
  return lines.join('\n');
}

export function countBySeverity(diagnostics: readonly Diagnostic[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const diagnostic of diagnostics) counts[diagnostic.severity] += 1;
  return counts;
}

export function formatSummary(diagnostics: readonly Diagnostic[], files: number): string {
  const counts = countBySeverity(diagnostics);
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  return `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.info, 'info')} in ${plural(files, 'file')}`;
}
