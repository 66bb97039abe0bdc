/** Raw copy as trimmed, non-empty lines, whatever line endings, BOMs and invisible marks it came with. */
import { INVISIBLE_FORMATTING_CHARS } from '../../arabic/normalize.ts';
import { isWhitespaceCode, trimCodes } from './text-shape.ts';

const LINE_BREAK = /\r\n|\r|\n|\u2028|\u2029/;
/**
 * Whitespace and what trim() misses: zero-width characters, bidi marks and isolates. Copy-paste from web
 * pages leaves them at line edges; inside a line they are kept untouched.
 */
const EDGES = new RegExp(`^[\\s${INVISIBLE_FORMATTING_CHARS}]+|[\\s${INVISIBLE_FORMATTING_CHARS}]+$`, 'gu');

/** The invisible formatting characters of `INVISIBLE_FORMATTING_CHARS`, as code units. */
function isInvisibleCode(code: number): boolean {
  return (
    code === 0x061c ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x2064) ||
    (code >= 0x2066 && code <= 0x2069) ||
    code === 0xfeff
  );
}

const isEdgeCode = (code: number) => isWhitespaceCode(code) || isInvisibleCode(code);

/** `line.replace(EDGES, '')` without a regular expression: bulk imports clean every line of every body. */
export function cleanLine(line: string): string {
  return trimCodes(line, isEdgeCode);
}

/** The reference `cleanLine` follows (lines.test.ts checks that both agree). */
export function cleanLineByPattern(line: string): string {
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
