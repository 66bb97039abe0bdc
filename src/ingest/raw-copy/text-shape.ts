/** Shape tests on one line of copy: does it end a sentence, how many words, could it be a headline. */

/** Full stop, !, ?, Arabic question mark, colon, Arabic semicolon and comma, comma, ellipsis. */
const SENTENCE_END = /[.!?؟:؛،,…]$/u;
/** Closing quotes and brackets that may follow the punctuation, or replace it: `أهداف "بلا مبالغات"`. */
const TRAILING_CLOSERS = /["'“”‘’«»‹›)\]}\s]+$/u;
const LETTER = /\p{L}/u;

export function endsSentence(line: string): boolean {
  return SENTENCE_END.test(line.replace(TRAILING_CLOSERS, ''));
}

export function countWords(line: string): number {
  return line.split(/\s+/u).filter((word) => word !== '').length;
}

export function hasLetter(text: string): boolean {
  return LETTER.test(text);
}

/** Subheadings and the titles in a related-stories list: a few words, no closing punctuation. */
export function isHeadlineShaped(line: string, maxWords: number): boolean {
  return hasLetter(line) && !endsSentence(line) && countWords(line) <= maxWords;
}
