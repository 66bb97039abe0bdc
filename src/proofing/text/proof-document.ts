/** The text under proof with its lines, words and sentences, each computed once and shared by every rule. */
import { scanWords, type WordSpan } from './word-spans.ts';
import { splitSentences, type SentenceSpan } from './sentences.ts';

export interface LineSpan {
  /** Without the line break. */
  text: string;
  start: number;
  end: number;
  /** 0-based. */
  index: number;
}

function splitLines(text: string): LineSpan[] {
  const lines: LineSpan[] = [];
  let start = 0;
  for (let index = 0; index <= text.length; index += 1) {
    const code = index < text.length ? text.charCodeAt(index) : -1;
    if (code !== 0x0a && code !== 0x0d && code !== -1) continue;
    lines.push({ text: text.slice(start, index), start, end: index, index: lines.length });
    if (code === 0x0d && text.charCodeAt(index + 1) === 0x0a) index += 1;
    start = index + 1;
  }
  return lines;
}

export class ProofDocument {
  #lines: LineSpan[] | undefined;
  #words: WordSpan[] | undefined;
  #sentences: SentenceSpan[] | undefined;
  readonly #derived = new Map<symbol, unknown>();

  constructor(readonly text: string) {}

  /** Every line, blank ones included. In newsroom copy a line is a paragraph. */
  get lines(): LineSpan[] {
    this.#lines ??= splitLines(this.text);
    return this.#lines;
  }

  get words(): WordSpan[] {
    this.#words ??= scanWords(this.text);
    return this.#words;
  }

  get sentences(): SentenceSpan[] {
    this.#sentences ??= this.lines.flatMap((line) => splitSentences(line));
    return this.#sentences;
  }

  /** Something several rules derive from the text, computed by the first that asks. */
  derive<T>(key: symbol, compute: (document: ProofDocument) => T): T {
    if (this.#derived.has(key)) return this.#derived.get(key) as T;
    const value = compute(this);
    this.#derived.set(key, value);
    return value;
  }

  /** The 0-based line holding an offset (binary search over line starts). */
  lineAt(offset: number): LineSpan {
    const lines = this.lines;
    let low = 0;
    let high = lines.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((lines[middle] as LineSpan).start <= offset) low = middle;
      else high = middle - 1;
    }
    return lines[low] as LineSpan;
  }

  /** The text between two words, or from a line start, as written. */
  between(left: WordSpan, right: WordSpan): string {
    return this.text.slice(left.end, right.start);
  }
}
