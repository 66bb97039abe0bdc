/**
 * People named after a title: `الرئيس الروسي فلاديمير بوتين`, `وزير الخارجية الأميركي أنتوني بلينكن`,
 * `نظيره الأوكراني فولوديمير زيلينسكي`. After the title come its complements (definite words, countries,
 * places, office nouns: الخارجية، الأميركي، وزراء إسرائيل، لشؤون جنوب آسيا), then one to four name words,
 * ending at punctuation, a particle, a verb of reporting or a definite word.
 */
import type { Gazetteer } from '../gazetteer/gazetteer.ts';
import { wordStems } from '../text/clitics.ts';
import { foldWord } from '../text/fold.ts';
import type { Word } from '../text/words.ts';
import { NAME_STOPWORDS } from './name-stopwords.ts';
import type { RuleSpan } from './rule-span.ts';

const OFFICE_NOUNS = new Set(
  'خارجية وزراء دفاع داخلية مالية حكومة مجلس إدارة جمهورية دولة حزب مكتب لجنة وزارة شؤون اسم جنوب شمال شرق غرب وسط عام أركان'
    .split(' ')
    .map(foldWord),
);
/** Words that join the parts of a name and cannot end it. */
const CONNECTORS = new Set(['عبد', 'ابو', 'ابن', 'بن', 'بنت', 'ال', 'دي', 'دا', 'فون', 'فان'].map(foldWord));
const MAX_COMPLEMENTS = 7;
const MAX_NAME_WORDS = 4;

function isComplement(word: Word, gazetteer: Gazetteer): boolean {
  if (word.kind !== 'word') return false;
  return wordStems(word).some(
    ({ key }) =>
      (key.startsWith('ال') && !NAME_STOPWORDS.has(key)) ||
      OFFICE_NOUNS.has(key) ||
      gazetteer.titleKeys.has(key) ||
      gazetteer.countryKeys.has(key) ||
      gazetteer.placeKeys.has(key) ||
      gazetteer.demonyms.has(key),
  );
}

/** Whether a word could be part of a name, from what the caller knows of it (tagger vocabulary, given names). */
export type NameLikeness = (word: Word) => boolean;

function canBeNameWord(word: Word, gazetteer: Gazetteer, afterConnector: boolean, nameLike: NameLikeness): boolean {
  if (word.kind !== 'word' || word.key.length < 2) return false;
  const stems = wordStems(word);
  if (!afterConnector && stems.some(({ key }) => key.startsWith('ال'))) return false;
  if (!afterConnector && !nameLike(word)) return false;
  return !stems.some(
    ({ key }) =>
      NAME_STOPWORDS.has(key) ||
      gazetteer.titleKeys.has(key) ||
      gazetteer.countryKeys.has(key) ||
      gazetteer.placeKeys.has(key) ||
      gazetteer.demonyms.has(key),
  );
}

export function findCuedPeople(words: readonly Word[], gazetteer: Gazetteer, nameLike: NameLikeness): RuleSpan[] {
  const people: RuleSpan[] = [];
  for (let index = 0; index < words.length; index += 1) {
    const title = gazetteer.titles.matchAt(words, index);
    if (title === null) continue;
    let start = title.to;
    while (start < words.length && start - title.to < MAX_COMPLEMENTS && isComplement(words[start]!, gazetteer)) start += 1;
    let end = start;
    while (end < words.length && end - start < MAX_NAME_WORDS) {
      const afterConnector = end > start && CONNECTORS.has(words[end - 1]!.key);
      if (!canBeNameWord(words[end]!, gazetteer, afterConnector, nameLike)) break;
      end += 1;
    }
    while (end > start && CONNECTORS.has(words[end - 1]!.key)) end -= 1;
    if (end === start) continue;
    people.push({ type: 'PER', from: start, to: end, cliticLetters: 0, evidence: 'cue' });
    index = end - 1;
  }
  return people;
}
