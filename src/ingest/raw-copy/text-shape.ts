/** Shape tests on one line of copy: does it end a sentence, how many words, could it be a headline. */

/** Full stop, !, ?, Arabic question mark, colon, Arabic semicolon and comma, comma, ellipsis. */
const SENTENCE_END = new Set([...'.!?؟:؛،,…']);
/** Closing quotes and brackets that may follow the punctuation, or replace it: `أهداف "بلا مبالغات"`. */
const TRAILING_CLOSERS = new Set([...'"\'“”‘’«»‹›)]}']);
const LETTER = /\p{L}/u;
const WHITESPACE = /\s/u;

/** Looks back from the end of the line only: bulk imports run this on every paragraph. */
export function endsSentence(line: string): boolean {
  for (let index = line.length - 1; index >= 0; index -= 1) {
    const character = line[index] ?? '';
    if (TRAILING_CLOSERS.has(character) || WHITESPACE.test(character)) continue;
    return SENTENCE_END.has(character);
  }
  return false;
}

/**
 * Whether a UTF-16 code unit is what `\s` matches in a JavaScript regular expression (WhiteSpace and
 * LineTerminator of ECMA-262): the word counters below run on every line of a bulk import, where a
 * loop over char codes costs a fraction of a regular expression's matches (text-shape.test.ts checks
 * every code unit against `/\s/u`).
 */
export function isWhitespaceCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** How many runs of non-whitespace characters, stopping once past `stopAfter`. */
function countRuns(line: string, stopAfter: number): number {
  let count = 0;
  let inWord = false;
  for (let index = 0; index < line.length; index += 1) {
    if (isWhitespaceCode(line.charCodeAt(index))) inWord = false;
    else if (!inWord) {
      inWord = true;
      count += 1;
      if (count > stopAfter) return count;
    }
  }
  return count;
}

export function countWords(line: string): number {
  return countRuns(line, Number.POSITIVE_INFINITY);
}

/** Whether the line has at most `limit` words, reading no further than word `limit + 1`. */
export function hasAtMostWords(line: string, limit: number): boolean {
  return countRuns(line, limit) <= limit;
}

export function hasLetter(text: string): boolean {
  return LETTER.test(text);
}

/** Subheadings and the titles in a related-stories list: a few words, no closing punctuation. */
export function isHeadlineShaped(line: string, maxWords: number): boolean {
  return hasAtMostWords(line, maxWords) && !endsSentence(line) && hasLetter(line);
}

/** `text` without the code units `isEdge` accepts at either end (trim() for any set of one-unit characters). */
export function trimCodes(text: string, isEdge: (code: number) => boolean): string {
  let start = 0;
  let end = text.length;
  while (start < end && isEdge(text.charCodeAt(start))) start += 1;
  while (end > start && isEdge(text.charCodeAt(end - 1))) end -= 1;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}
