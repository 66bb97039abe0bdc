/**
 * Places named after a word for what kind of place they are, in the construct state (iḍāfa): `مدينة
 * إيلات`, `بلدة بيدوا`, `حي الشجاعية`, `جزيرة جاوا`, `نهر الليطاني`, `مخيم اليرموك`. The kind word is
 * indefinite in form and the name that completes it is what is tagged (ANERcorp tags `إيلات` of `مدينة
 * إيلات`, as the press names the town), so the span is the one word after it. The caller keeps these
 * only where nothing else (lists, other cues, the tagger) found a name there: the rule is for places
 * nothing else knows — small towns, districts and streets, transliterated foreign places. Whether the
 * word is a name at all is the caller's test (the tagger's weights and vocabulary), which keeps
 * adjectives and verbs out (`منطقة جافة`, `مدينة يقطنها`); titles and compass points never start a
 * place here (`شارع الملك فيصل` names the king, `منطقة شرق المتوسط` a direction).
 *
 * Kinds of body (`صحيفة`, `شركة`, `وكالة`, `مسجد`) were tried the same way: +0.001 cross-validated on
 * ANERcorp, but on ANT news they cut names short and took common nouns (`شركة بترول`, `شركة التأمين`,
 * `شركة اتصالات`, `مدرسة البلدة`), so they are left out.
 */
import { wordStems } from '../text/clitics.ts';
import { foldWord } from '../text/fold.ts';
import { wordTrait } from '../text/word-traits.ts';
import type { Word } from '../text/words.ts';
import { NAME_STOPWORDS } from './name-stopwords.ts';
import type { RuleSpan } from './rule-span.ts';

const KINDS = new Set('مدينة بلدة قرية حي شارع جزيرة نهر إقليم مقاطعة محافظة ولاية منطقة ضاحية مخيم بحيرة جبل وادي'.split(' ').map(foldWord));
const NEVER_NAMES = new Set('شرق غرب شمال جنوب وسط الشرق الغرب الشمال الجنوب الوسط'.split(' ').map(foldWord));

const isKindWord = wordTrait((word) => wordStems(word).some(({ key }) => KINDS.has(key)));

/** Whether the word after a kind word is a name, from what the caller knows of it (the tagger's weights and vocabulary, titles). */
export type PlaceNameTest = (word: Word) => boolean;

export function findCuedPlaces(words: readonly Word[], isPlaceName: PlaceNameTest): RuleSpan[] {
  const found: RuleSpan[] = [];
  for (let index = 0; index + 1 < words.length; index += 1) {
    const kind = words[index]!;
    if (kind.kind !== 'word' || !isKindWord(kind)) continue;
    const name = words[index + 1]!;
    if (name.kind !== 'word' || name.key.length < 2 || NAME_STOPWORDS.has(name.key) || NEVER_NAMES.has(name.key) || !isPlaceName(name)) continue;
    found.push({ type: 'LOC', from: index + 1, to: index + 2, cliticLetters: 0, evidence: 'cue' });
    index += 1;
  }
  return found;
}
