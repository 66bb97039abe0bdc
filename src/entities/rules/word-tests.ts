/**
 * The word tests the cue rules ask (rules/person-cues.ts, organization-cues.ts, place-cues.ts): whether
 * a word may be a person's, a club's or a place's name there, judged by the gazetteer and the tagger's
 * weights — a word's own, else its ANT word class's, else whether the tagger ever saw it.
 */
import type { Gazetteer } from '../gazetteer/gazetteer.ts';
import { LABELS, labelsOf } from '../tagger/labels.ts';
import type { Weights } from '../tagger/perceptron.ts';
import { shippedClusters } from '../tagger/word-clusters.ts';
import { wordStems } from '../text/clitics.ts';
import type { Word } from '../text/words.ts';
import { FUNCTION_WORDS } from './name-stopwords.ts';
import type { ClubNameTest, PlaceTests } from './organization-cues.ts';
import type { NameLikeness } from './person-cues.ts';
import type { PlaceNameTest } from './place-cues.ts';

export function isFunctionWord(word: Word): boolean {
  return word.kind === 'word' && FUNCTION_WORDS.has(word.key);
}

/**
 * A word after a title is taken for a name when it is a given name, when the tagger's weights for the
 * word lean to a name, or when the tagger never saw it in training (foreign names, mostly) and it is
 * no inflection of a word it saw (`ببرقية` is ب + برقية).
 */
export function nameLikeness(weights: Weights, gazetteer: Gazetteer): NameLikeness {
  const outside = LABELS.indexOf('O');
  const person = labelsOf('PER');
  const leansToName = (row: Float32Array) => person.some((label) => row[label]! > row[outside]!);
  // A word the tagger saw in training but kept no weights for (pruned, or never moved: it always took
  // it for no name) is judged by its word class's weights: common words (`المجتمع` after `بشار الأسد`,
  // `الأزمة` after `جورج بوش`) fall out, family names that are also words (`الخطيب`) stay in. Only a word
  // it never saw is name-like outright. Cross-validated: 0.7668 → 0.7685 (people 0.692 → 0.697);
  // dropping every seen word without weights instead gave 0.7680, losing such family names.
  const vocabulary = weights.vocabulary;
  const clusters = shippedClusters();
  const leans = (key: string) => {
    const row = weights.emissions.get(`w=${key}`);
    if (row !== undefined) return leansToName(row);
    if (vocabulary === undefined || !vocabulary.has(key)) return true;
    const fine = clusters.fine.get(key);
    const classRow = fine === undefined ? undefined : weights.emissions.get(`c=${fine}`);
    return classRow !== undefined && leansToName(classRow);
  };
  return (word) => {
    if (gazetteer.givenNames.has(word.key)) return true;
    const row = weights.emissions.get(`w=${word.key}`);
    if (row !== undefined) return leansToName(row);
    return wordStems(word).every((stem) => leans(stem.key));
  };
}

/**
 * A club's name: a place (`برشلونة`), or a word the tagger never saw or leans to call a name; never a
 * function word (`فريق لا يُهزم`, `فريق تحت 23 عاماً`), which the tagger never moved on and so kept no
 * weights for.
 */
export function clubNameTest(weights: Weights, gazetteer: Gazetteer): ClubNameTest {
  const outside = LABELS.indexOf('O');
  return (word) => {
    if (isFunctionWord(word)) return false;
    if (wordStems(word).some(({ key }) => gazetteer.names.hasFirst(key))) return true;
    const row = weights.emissions.get(`w=${word.key}`);
    return row === undefined || row.some((weight, label) => label !== outside && weight > row[outside]!);
  };
}

/** A preposition on a definite word (`للنازحين`, `بالنفط`): a complement, never the name a kind word is in construct with. */
const PREPOSITION_AND_ARTICLE = /^[وف]?(?:لل|بال|كال)/u;

const placeNameTests = new WeakMap<Weights, { gazetteer: Gazetteer; test: PlaceNameTest }>();

/**
 * A place's name after a kind word (rules/place-cues.ts: `مدينة إيلات`, `مدينة مشهد`): no function
 * word, given name, title or word with a preposition; a word whose own weights favour opening a name; else one
 * with a word class from ANT, judged by the class's weights (verbs and adjectives of relative clauses
 * stay out: `مدينة تطل على`, `موقع استراتيجي`); else one the tagger never saw. An indefinite word ending in ة
 * is taken only on its own weights: after a kind noun it is nearly always the adjective agreeing with
 * it (`منطقة جافة`, `قرية عائمة`, `ولاية عثمانية`).
 *
 * Made once per model and gazetteer.
 */
export function placeNameTest(weights: Weights, gazetteer: Gazetteer): PlaceNameTest {
  const known = placeNameTests.get(weights);
  if (known !== undefined && known.gazetteer === gazetteer) return known.test;
  const test = makePlaceNameTest(weights, gazetteer);
  placeNameTests.set(weights, { gazetteer, test });
  return test;
}

function makePlaceNameTest(weights: Weights, gazetteer: Gazetteer): PlaceNameTest {
  const outside = LABELS.indexOf('O');
  // Opening a name outright, not merely outweighing O: the O weight of a common word is often negative.
  const openers = LABELS.flatMap((label, index) => (label.startsWith('B-') && label !== 'B-MISC' ? [index] : []));
  const leansToName = (row: Float32Array) => openers.some((label) => row[label]! > 0 && row[label]! > row[outside]!);
  const vocabulary = weights.vocabulary;
  const clusters = shippedClusters();
  const leans = (key: string) => {
    const row = weights.emissions.get(`w=${key}`);
    if (row !== undefined) return leansToName(row);
    const fine = clusters.fine.get(key);
    const classRow = fine === undefined ? undefined : weights.emissions.get(`c=${fine}`);
    if (classRow !== undefined) return leansToName(classRow);
    return vocabulary === undefined || !vocabulary.has(key);
  };
  return (word) => {
    if (isFunctionWord(word) || gazetteer.givenNames.has(word.key) || PREPOSITION_AND_ARTICLE.test(word.key)) return false;
    if (wordStems(word).some(({ key }) => gazetteer.titleKeys.has(key))) return false;
    const row = weights.emissions.get(`w=${word.key}`);
    if (row !== undefined) return leansToName(row);
    if (word.text.endsWith('ة') && !wordStems(word).some(({ key }) => key.startsWith('ال'))) return false;
    return wordStems(word).every((stem) => leans(stem.key));
  };
}

export function placeTests(gazetteer: Gazetteer): PlaceTests {
  return {
    isPlace: (word) => gazetteer.placeKeys.has(word.key) || gazetteer.countryKeys.has(word.key),
    isDemonym: (word) => gazetteer.demonyms.has(word.key),
  };
}
