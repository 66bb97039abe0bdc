import { describe, expect, it } from 'vitest';
import type { Diagnostic } from './diagnostic.ts';
import { describeSuggestion, formatDiagnostic, formatSummary } from './format-diagnostics.ts';

const diagnostic: Diagnostic = {
  rule: 'repeated-word',
  severity: 'error',
  message: { ar: 'كلمة مكررة', en: 'A word repeated' },
  start: 12,
  end: 16,
  line: 3,
  column: 13,
  excerpt: { text: 'وافق المجلس فقط فقط على', start: 16, end: 20 },
  suggestions: [''],
  safeFix: false,
};

describe('formatDiagnostic', () => {
  it('marks the span with brackets when not on a terminal', () => {
    expect(formatDiagnostic('copy.txt', diagnostic, { colour: false })).toBe(
      'copy.txt:3:13 error A word repeated [repeated-word]\n    وافق المجلس فقط ⟦فقط ⟧على\n    suggestion: (delete)',
    );
  });

  it('colours the severity and underlines the span on a terminal', () => {
    const text = formatDiagnostic('copy.txt', diagnostic, { colour: true });
    expect(text).toContain('\u001b[31merror\u001b[0m');
    expect(text).toContain('\u001b[4m\u001b[1mفقط \u001b[0m');
  });

  it.each([
    ['', '(delete)'],
    [' ', '(one space)'],
    ['على الحصول', 'على الحصول'],
  ])('describes the suggestion %j as %s', (suggestion, description) => {
    expect(describeSuggestion(suggestion)).toBe(description);
  });

  it('summarises by severity', () => {
    expect(formatSummary([diagnostic, { ...diagnostic, severity: 'warning' }], 2)).toBe('1 error, 1 warning, 0 infos in 2 files');
  });
});
