/**
 * Training the entity tagger on ANERcorp tokens, shared by bench/entities-train.ts (the shipped model)
 * and bench/entities-cv.ts (five-fold cross-validation on the training part).
 */
import { gazetteer } from '../src/entities/gazetteer/gazetteer.ts';
import { sequenceFeatures } from '../src/entities/tagger/features.ts';
import { LABELS } from '../src/entities/tagger/labels.ts';
import { decodeModel, encodeModel } from '../src/entities/tagger/model-file.ts';
import { train, type TrainingSequence, type Weights } from '../src/entities/tagger/perceptron.ts';
import { alignTokens, wordLabels } from './entities-align.ts';
import { sentencesOf, type GoldToken } from './entities-anercorp-data.ts';

export interface TaggerTraining {
  epochs: number;
  minCount: number;
  onEpoch?: (epoch: number, errors: number, tokens: number) => void;
}

function toSequence(sentence: GoldToken[]): TrainingSequence {
  const aligned = alignTokens(sentence);
  const labels = wordLabels(aligned, sentence).map((label) => LABELS.indexOf(label as (typeof LABELS)[number]));
  return { features: sequenceFeatures(aligned.words, gazetteer()), labels };
}

/** Averaged perceptron weights over `tokens`, with the folded words seen in them as vocabulary. */
export function trainTagger(tokens: readonly GoldToken[], options: TaggerTraining): Weights {
  const sentences = sentencesOf(tokens);
  const weights: Weights = train(sentences.map(toSequence), options);
  const vocabulary = new Set<string>();
  for (const sentence of sentences) for (const word of alignTokens(sentence).words) if (word.kind === 'word') vocabulary.add(word.key);
  return { ...weights, vocabulary };
}

/** The weights as the shipped file would give them back: rounded and pruned. */
export function asShipped(weights: Weights, minWeight: number): Weights {
  return decodeModel(encodeModel(weights, 'cross-validation', minWeight));
}
