import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gazetteer } from '../gazetteer/gazetteer.ts';
import { splitWords } from '../text/words.ts';
import { sequenceFeatures } from './features.ts';
import { shippedWeights } from './model-file.ts';
import { decode } from './perceptron.ts';
import { byTemplate, decodeWords } from './tagger-weights.ts';

const REFERENCE = fs.readFileSync(new URL('../../ingest/raw-copy/fixtures/asharq-2023-02-28-blinken-kazakhstan.txt', import.meta.url), 'utf8');

describe('decodeWords', () => {
  it('labels exactly as summing every feature string does', () => {
    const weights = shippedWeights();
    for (const paragraph of REFERENCE.split('\n').filter((line) => line.trim() !== '')) {
      const words = splitWords(paragraph);
      expect(decodeWords(words, gazetteer(), byTemplate(weights))).toEqual(decode(weights, sequenceFeatures(words, gazetteer(), byTemplate(weights).learnedIndex)));
    }
  });
});
