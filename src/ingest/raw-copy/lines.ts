/** Raw copy as trimmed, non-empty lines, whatever line endings, BOMs and invisible marks it came with. */
import { INVISIBLE_FORMATTING_CHARS } from '../../arabic/normalize.ts';

const LINE_BREAK = /\r\n|\r|\n|\u2028|\u2029/;
/**
 * Whitespace and what trim() misses: zero-width characters, bidi marks and isolates. Copy-paste from web
 * pages leaves them at line edges; inside a line they are kept untouched.
 */
const EDGES = new RegExp(`^[\\s${INVISIBLE_FORMATTING_CHARS}]+|[\\s${INVISIBLE_FORMATTING_CHARS}]+$`, 'gu');

export function cleanLine(line: string): string {
  return line.replace(EDGES, '');
}

/** Every non-empty line, trimmed; blank lines and single newlines separate units alike. */
export function splitLines(text: string): string[] {
  return text
    .split(LINE_BREAK)
    .map(cleanLine)
    .filter((line) => line !== '');
}

/** Equal once runs of whitespace count as one space: how a repeated caption or title is recognised. */
export function sameText(a: string, b: string): boolean {
  return a.replace(/\s+/gu, ' ') === b.replace(/\s+/gu, ' ');
}
