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

export function countWords(line: string): number {
  return line.split(/\s+/u).filter((word) => word !== '').length;
}

/** Whether the line has at most `limit` words, reading no further than word `limit + 1`. */
export function hasAtMostWords(line: string, limit: number): boolean {
  const words = /\S+/gu;
  let count = 0;
  while (words.exec(line) !== null) {
    count += 1;
    if (count > limit) return false;
  }
  return true;
}

export function hasLetter(text: string): boolean {
  return LETTER.test(text);
}

/** Subheadings and the titles in a related-stories list: a few words, no closing punctuation. */
export function isHeadlineShaped(line: string, maxWords: number): boolean {
  return hasAtMostWords(line, maxWords) && !endsSentence(line) && hasLetter(line);
}
