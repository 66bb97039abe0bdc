/**
 * A clause mark typed twice (`،،`, `::`) or two different clause marks together (`،.`). An ellipsis
 * (`...`, and the two-dot `..` that Arabic news uses as a pause, `بالضالع.. ومقتل 13`), a question with
 * an exclamation (`؟!`) and a mark doubled for emphasis in speech (`!!`) are accepted.
 */
import type { Finding } from '../rule.ts';
import { defineRule } from './define-rule.ts';

const PAUSE_MARKS = new Set(['،', '؛', ',', ';', ':', '.']);
const EXPRESSIVE_MARKS = new Set(['؟', '?', '!']);

const MARK_RUN = /[،؛,;:.؟?!]{2,}/g;

export const doubledPunctuationRule = defineRule({
  id: 'doubled-punctuation',
  severity: 'warning',
  message: { ar: 'علامة ترقيم مكررة', en: 'Doubled punctuation' },
  examples: [
    { wrong: 'وصل الوزير،، ثم غادر', right: 'وصل الوزير، ثم غادر' },
    { wrong: 'وصل الوزير؛؛ ثم غادر', right: 'وصل الوزير؛ ثم غادر' },
    { wrong: 'وصل الوزير،. ثم غادر', right: 'وصل الوزير، ثم غادر' },
  ],
  accepts: ['وانتظر الجميع... ثم غادر', 'الشرعية تصد هجوماً للحوثيين بالضالع.. ومقتل 13', 'هل هذا معقول؟!', 'لا!! قالها بصوت عال', 'الساعة 10:30.'],
  check(document) {
    const findings: Finding[] = [];
    const text = document.text;
    for (const match of text.matchAll(MARK_RUN)) {
      const run = match[0];
      const mark = run[0] as string;
      const index = match.index + run.length - 1;
      if (/^\.{2,}$/.test(run) || [...run].every((char) => EXPRESSIVE_MARKS.has(char))) continue;
      // `...؟` or `؟..`: an ellipsis with a question keeps its ellipsis.
      if (/\.{2}/.test(run) && [...run.replace(/\.{2,}/, '')].every((char) => EXPRESSIVE_MARKS.has(char))) continue;
      const same = [...run].every((char) => char === mark);
      // Two different marks leave the choice to the editor.
      const suggestions = same ? [mark] : [...new Set([...run])];
      findings.push({ start: index - run.length + 1, end: index + 1, suggestions, safe: same });
    }
    return findings;
  },
});
