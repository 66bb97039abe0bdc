/** Splits one line into sentences at full stops, question and exclamation marks followed by a space or the line end. */
export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
  line: number;
}

interface LineLike {
  text: string;
  start: number;
  index: number;
}

const TERMINATORS = new Set(['.', '!', '?', '؟', '…']);
const TERMINATOR = /[.!?؟…]/g;

function isSpace(char: string | undefined): boolean {
  return char === ' ' || char === '\t' || char === '\u00a0';
}

export function splitSentences(line: LineLike): SentenceSpan[] {
  const sentences: SentenceSpan[] = [];
  const text = line.text;
  let start = 0;
  const push = (end: number) => {
    let from = start;
    while (from < end && isSpace(text[from])) from += 1;
    let to = end;
    while (to > from && isSpace(text[to - 1])) to -= 1;
    if (to > from) sentences.push({ text: text.slice(from, to), start: line.start + from, end: line.start + to, line: line.index });
  };
  for (let index = 0; index < text.length; index += 1) {
    TERMINATOR.lastIndex = index;
    const found = TERMINATOR.exec(text);
    if (found === null) break;
    index = found.index;
    // Runs of terminators (`؟!`, `...`) and closing quotes or brackets belong to the sentence they end.
    let end = index + 1;
    while (end < text.length && (TERMINATORS.has(text[end] as string) || '"»”)]'.includes(text[end] as string))) end += 1;
    if (end < text.length && !isSpace(text[end])) continue;
    push(end);
    start = end;
    index = end - 1;
  }
  push(text.length);
  return sentences;
}
