/** Runs the shipped tagger over a text's words and returns its PER, LOC and ORG spans (MISC is dropped). */
import type { Gazetteer } from '../gazetteer/gazetteer.ts';
import type { Word } from '../text/words.ts';
import { phraseLabels } from './features.ts';
import { LABEL_TYPES, LABELS } from './labels.ts';
import { learnedCodes } from './learned-names.ts';
import type { Weights } from './perceptron.ts';
import { byTemplate, decodeRange, phraseCode, reserveRows, wordRows } from './tagger-weights.ts';

export interface TaggedSpan {
  type: 'PER' | 'LOC' | 'ORG';
  /** Word indices, end exclusive. */
  from: number;
  to: number;
}

/** Sentence ends and line breaks cut the text into the sequences the tagger was trained on. */
const SENTENCE_END = new Set(['.', '!', '?', '؟', '…']);
const MAX_SEQUENCE = 120;
/** Per label: the entity type it belongs to (MISC and O: none) and whether it opens an entity. */
const LABEL_TYPE = LABEL_TYPES.map((type) => (type === 'MISC' ? null : type));
const LABEL_BEGINS = LABELS.map((label) => !label.startsWith('I-'));

const PHRASE_CODES = Object.fromEntries(['B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG'].map((label) => [label, phraseCode(label)]));

function lineBreakBetween(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at += 1) if (text.charCodeAt(at) === 10) return true;
  return false;
}

/** `phrases`: the gazetteer phrase code (tagger-weights.ts phraseCode) of every word, when the caller has them. */
export function tagNames(words: readonly Word[], text: string, weights: Weights, gazetteer: Gazetteer, phrases?: Uint8Array): TaggedSpan[] {
  const spans: TaggedSpan[] = [];
  const model = byTemplate(weights);
  const count = words.length;
  reserveRows(model, count);
  const rowsAt = new Int32Array(count);
  for (let index = 0; index < count; index += 1) rowsAt[index] = wordRows(model, words[index]!, gazetteer);
  const labels = new Int8Array(count);
  const phraseOf = phrases ?? Uint8Array.from(phraseLabels(words, gazetteer), phraseCode);
  const learned = model.learnedIndex === undefined ? undefined : learnedCodes(words, model.learnedIndex, PHRASE_CODES);
  let from = 0;
  for (let index = 0; index < count; index += 1) {
    const word = words[index]!;
    const next = words[index + 1];
    const end =
      next === undefined ||
      index - from + 1 >= MAX_SEQUENCE ||
      (word.kind === 'mark' && SENTENCE_END.has(word.text)) ||
      lineBreakBetween(text, word.end, next.start);
    if (!end) continue;
    decodeRange(model, rowsAt, phraseOf, from, index + 1, labels, learned);
    from = index + 1;
  }
  let open: TaggedSpan | null = null;
  for (let index = 0; index < count; index += 1) {
    const label = labels[index]!;
    const type = LABEL_TYPE[label] ?? null;
    // A span also ends where a sequence does: the next one starts with a B- (or O) label.
    if (open !== null && (type !== open.type || LABEL_BEGINS[label])) {
      spans.push(open);
      open = null;
    }
    if (type === null) continue;
    if (open === null) open = { type, from: index, to: index + 1 };
    else open.to = index + 1;
  }
  if (open !== null) spans.push(open);
  return spans;
}
