/** Raw copy as trimmed, non-empty lines, whatever line endings, BOMs and invisible marks it came with. */

const LINE_BREAK = /\r\n|\r|\n|\u2028|\u2029/;
/**
 * What trim() misses at line edges: zero-width spaces and joiners, bidi marks and isolates, the Arabic
 * letter mark. Copy-paste from web pages leaves them behind; inside a line they are kept untouched.
 */
const EDGE_INVISIBLES = '\\s\\u061C\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF';
const EDGES = new RegExp(`^[${EDGE_INVISIBLES}]+|[${EDGE_INVISIBLES}]+$`, 'gu');

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
