/**
 * The tagger's view of each word: identity, context window, affixes, shape, and gazetteer membership.
 * Feature templates follow the usual NER set for Arabic (Benajiba, Rosso & Benedí 2008: lexical
 * context, affixes, gazetteers), minus POS and base-phrase chunks, which we do not have.
 */
import type { Gazetteer } from '../gazetteer/gazetteer.ts';
import { stemsOf } from '../text/clitics.ts';
import type { Word } from '../text/words.ts';

/** Per-word facts reused by the neighbours' features: computed once per word. */
interface WordFacts {
  key: string;
  stem: string;
  marks: string;
}

function shapeOf(word: Word): string {
  if (word.kind === 'number') return 'N';
  if (word.kind === 'mark') return /["«»“”'`]/.test(word.text) ? 'Q' : 'P';
  return /^[a-z]/.test(word.key) ? 'L' : 'A';
}

function factsOf(word: Word, gazetteer: Gazetteer): WordFacts {
  if (word.kind !== 'word') return { key: word.kind === 'number' ? '<num>' : word.key, stem: '', marks: shapeOf(word) };
  const stems = stemsOf(word.key);
  let marks = shapeOf(word);
  let stem = stems[stems.length - 1]?.key ?? word.key;
  for (const candidate of stems) {
    const key = candidate.key;
    let hit = '';
    if (gazetteer.countryKeys.has(key)) hit += 'C';
    if (gazetteer.placeKeys.has(key)) hit += 'P';
    if (gazetteer.organizationKeys.has(key)) hit += 'O';
    if (gazetteer.demonyms.has(key)) hit += 'D';
    if (gazetteer.titleKeys.has(key)) hit += 'T';
    if (gazetteer.givenNames.has(key)) hit += 'G';
    if (hit !== '') {
      marks += hit;
      stem = key;
      break;
    }
  }
  return { key: word.key, stem, marks };
}

/** Labels of the phrase-gazetteer match covering each word: `B-LOC`, `I-ORG` or ''. */
function phraseLabels(words: readonly Word[], gazetteer: Gazetteer): string[] {
  const labels = new Array<string>(words.length).fill('');
  for (let index = 0; index < words.length; ) {
    const match = gazetteer.names.matchAt(words, index);
    if (match === null) {
      index += 1;
      continue;
    }
    for (let inside = match.from; inside < match.to; inside += 1) {
      labels[inside] = `${inside === match.from ? 'B' : 'I'}-${match.name.type}`;
    }
    index = match.to;
  }
  return labels;
}

const NONE: WordFacts = { key: '<none>', stem: '<none>', marks: '' };

/** Feature strings for every word of one sequence. */
export function sequenceFeatures(words: readonly Word[], gazetteer: Gazetteer): string[][] {
  const facts = words.map((word) => factsOf(word, gazetteer));
  const phrases = phraseLabels(words, gazetteer);
  return words.map((word, index) => {
    const self = facts[index] ?? NONE;
    const previous = facts[index - 1] ?? NONE;
    const beforePrevious = facts[index - 2] ?? NONE;
    const next = facts[index + 1] ?? NONE;
    const afterNext = facts[index + 2] ?? NONE;
    const key = self.key;
    const features = [
      'b',
      `w=${key}`,
      `s=${self.stem}`,
      `m=${self.marks}`,
      `p=${previous.key}`,
      `n=${next.key}`,
      `pp=${beforePrevious.key}`,
      `nn=${afterNext.key}`,
      `ps=${previous.stem}`,
      `ns=${next.stem}`,
      `pm=${previous.marks}`,
      `nm=${next.marks}`,
      `ppm=${beforePrevious.marks}`,
      `pw=${previous.key}|${key}`,
      `wn=${key}|${next.key}`,
      `pf2=${key.slice(0, 2)}`,
      `pf3=${key.slice(0, 3)}`,
      `sf2=${key.slice(-2)}`,
      `sf3=${key.slice(-3)}`,
      `ss2=${self.stem.slice(-2)}`,
      `len=${Math.min(key.length, 8)}`,
      `g=${phrases[index]}`,
      `gp=${phrases[index - 1] ?? '^'}|${phrases[index]}`,
    ];
    if (word.kind === 'word' && key.startsWith('ال')) features.push('al');
    return features;
  });
}
