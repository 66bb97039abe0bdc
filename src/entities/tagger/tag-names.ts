/** Runs the shipped tagger over a text's words and returns its PER, LOC and ORG spans (MISC is dropped). */
import type { Gazetteer } from '../gazetteer/gazetteer.ts';
import type { Word } from '../text/words.ts';
import { LABELS } from './labels.ts';
import type { Weights } from './perceptron.ts';
import { byTemplate, decodeWords } from './tagger-weights.ts';

export interface TaggedSpan {
  type: 'PER' | 'LOC' | 'ORG';
  /** Word indices, end exclusive. */
  from: number;
  to: number;
}

/** Sentence ends and line breaks cut the text into the sequences the tagger was trained on. */
const SENTENCE_END = new Set(['.', '!', '?', '؟', '…']);
const MAX_SEQUENCE = 120;

/** `phrases`: the gazetteer phrase label of every word (features.ts phraseLabels), when the caller has them. */
export function tagNames(words: readonly Word[], text: string, weights: Weights, gazetteer: Gazetteer, phrases?: readonly string[]): TaggedSpan[] {
  const spans: TaggedSpan[] = [];
  const model = byTemplate(weights);
  let from = 0;
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index]!;
    const next = words[index + 1];
    const lineBreak = next !== undefined && text.slice(word.end, next.start).includes('\n');
    const end = next === undefined || lineBreak || index - from + 1 >= MAX_SEQUENCE || (word.kind === 'mark' && SENTENCE_END.has(word.text));
    if (!end) continue;
    const sequence = words.slice(from, index + 1);
    const labels = decodeWords(sequence, gazetteer, model, phrases?.slice(from, index + 1));
    let open: TaggedSpan | null = null;
    labels.forEach((label, offset) => {
      const name = LABELS[label] ?? 'O';
      const type = name.slice(2);
      if (open !== null && (name === 'O' || name.startsWith('B-') || type !== open.type)) {
        spans.push(open);
        open = null;
      }
      if (type === 'PER' || type === 'LOC' || type === 'ORG') {
        if (open === null) open = { type, from: from + offset, to: from + offset + 1 };
        else open.to = from + offset + 1;
      }
    });
    if (open !== null) spans.push(open);
    from = index + 1;
  }
  return spans;
}
