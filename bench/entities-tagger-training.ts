/**
 * Training the entity tagger on ANERcorp tokens, shared by bench/entities-train.ts (the shipped model)
 * and bench/entities-cv.ts (five-fold cross-validation on the training part).
 */
import { gazetteer } from '../src/entities/gazetteer/gazetteer.ts';
import { sequenceFeatures } from '../src/entities/tagger/features.ts';
import type { PhraseIndex } from '../src/entities/gazetteer/phrase-index.ts';
import { LABELS } from '../src/entities/tagger/labels.ts';
import { collectLearnedNames, learnedIndex, type LearnedName, type LearnedType } from '../src/entities/tagger/learned-names.ts';
import { decodeModel, encodeModel } from '../src/entities/tagger/model-file.ts';
import { train, type TrainingSequence, type Weights } from '../src/entities/tagger/perceptron.ts';
import { alignTokens, wordLabels } from './entities-align.ts';
import { goldEntities, sentencesOf, type GoldToken } from './entities-anercorp-data.ts';

export interface TaggerTraining {
  epochs: number;
  minCount: number;
  seed?: number;
  /** Whether the tagger reads the names of the training data's annotations (learned-names.ts); default true. */
  learnedNames?: boolean;
  onEpoch?: (epoch: number, errors: number, tokens: number) => void;
}

function toSequence(sentence: GoldToken[], learned: PhraseIndex | undefined): TrainingSequence {
  const aligned = alignTokens(sentence);
  const labels = wordLabels(aligned, sentence.map((token) => ({ ...token, tag: token.fine ?? token.tag }))).map((label) => LABELS.indexOf(label));
  return { features: sequenceFeatures(aligned.words, gazetteer(), learned), labels };
}

/** The PER, LOC and ORG names annotated in these sentences, by the folded words of their tokens. */
export function harvestNames(sentences: readonly GoldToken[][]): LearnedName[] {
  const spans: { phrase: string; type: LearnedType }[] = [];
  for (const sentence of sentences) {
    const aligned = alignTokens(sentence);
    for (const entity of goldEntities(sentence.map((token) => token.tag))) {
      if (entity.type !== 'PER' && entity.type !== 'LOC' && entity.type !== 'ORG') continue;
      const keys = aligned.words.filter((_, index) => aligned.tokenOfWord[index]! >= entity.from && aligned.tokenOfWord[index]! < entity.to).map((word) => word.key);
      spans.push({ phrase: keys.join(' '), type: entity.type });
    }
  }
  return collectLearnedNames(spans);
}

const OUT_OF_FOLD_PARTS = 5;

/**
 * Averaged perceptron weights over `tokens`, with the folded words seen in them as vocabulary and the
 * names annotated in them; each fifth of the sentences is featured with the names of the other four.
 */
export function trainTagger(tokens: readonly GoldToken[], options: TaggerTraining): Weights {
  const sentences = sentencesOf(tokens);
  const useLearned = options.learnedNames !== false;
  const sequences: TrainingSequence[] = [];
  for (let part = 0; part < OUT_OF_FOLD_PARTS; part += 1) {
    const from = Math.floor((sentences.length * part) / OUT_OF_FOLD_PARTS);
    const to = Math.floor((sentences.length * (part + 1)) / OUT_OF_FOLD_PARTS);
    const others = useLearned ? learnedIndex(harvestNames([...sentences.slice(0, from), ...sentences.slice(to)])) : undefined;
    for (const sentence of sentences.slice(from, to)) sequences.push(toSequence(sentence, others));
  }
  const weights: Weights = train(sequences, options);
  const vocabulary = new Set<string>();
  for (const sentence of sentences) for (const word of alignTokens(sentence).words) if (word.kind === 'word') vocabulary.add(word.key);
  return { ...weights, vocabulary, learned: useLearned ? harvestNames(sentences) : undefined };
}

/** The weights as the shipped file would give them back: rounded and pruned. */
export function asShipped(weights: Weights, minWeight: number): Weights {
  return decodeModel(encodeModel(weights, 'cross-validation', minWeight));
}
