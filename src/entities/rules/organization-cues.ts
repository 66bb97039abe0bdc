/**
 * Organizations named in quotes after a word for what they are: `منظمة "معاهدة الأمن الجماعي"`,
 * `صحيفة "نيويورك تايمز"`, and lists like `شركتي "شيفرون" و"إكسون موبيل"`; and clubs, which sport
 * pages name without quotes: `نادي الوحدة`, `فريق برشلونة` (a club is an organization, not its city),
 * `فريق المغرب الفاسي`, `فريق اتحاد طنجة`.
 */
import { wordStems } from '../text/clitics.ts';
import { foldWord } from '../text/fold.ts';
import { wordTrait } from '../text/word-traits.ts';
import type { Word } from '../text/words.ts';
import type { RuleSpan } from './rule-span.ts';

const CUES = new Set(
  `منظمة منظمات صحيفة صحيفتي صحف وكالة وكالات شركة شركتي شركات حزب أحزاب حركة حركات جماعة جماعات مجلة قناة قنوات
  جامعة مؤسسة جمعية هيئة مجموعة بنك مصرف تلفزيون إذاعة موقع نادي فريق تحالف ائتلاف جبهة اتحاد مركز معهد مجلس تنظيم
  مجموعات مصنع علامة منصة تطبيق`
    .split(/\s+/u)
    .filter((word) => word !== '')
    .map(foldWord)
    .flatMap((word) => [word, `ال${word}`]),
);
const CLUB_CUES = new Set(['نادي', 'فريق', 'بنادي', 'لنادي', 'لفريق', 'وفريق', 'ونادي'].map(foldWord));
const OPENING = new Set(['"', '«', '“', '„', "'"]);
const CLOSING = new Set(['"', '»', '”', "'"]);
const MAX_WORDS = 7;

/** A word that says what kind of body follows (`منظمة`, `صحيفة`): never a name on its own. */
export function isOrganizationKind(word: Word | undefined): boolean {
  return isCue(word);
}

const isCueWord = wordTrait((word) => wordStems(word).some(({ key }) => CUES.has(key)));
/** Whether an organization's name may follow the word: a kind word, or `نادي`/`فريق`. */
const mayCueOrganization = wordTrait((word) => CLUB_CUES.has(word.key) || isCueWord(word));

function isCue(word: Word | undefined): boolean {
  return word !== undefined && word.kind === 'word' && isCueWord(word);
}

/** The quoted run starting at `open` (a quote mark), as word indices inside the quotes, or null. */
function quotedAt(words: readonly Word[], open: number): { from: number; to: number } | null {
  if (!OPENING.has(words[open]?.text ?? '')) return null;
  let close = open + 1;
  while (close < words.length && close - open <= MAX_WORDS + 1 && !CLOSING.has(words[close]!.text)) {
    if (words[close]!.kind === 'mark' && words[close]!.text !== '-' && words[close]!.text !== '.') return null;
    close += 1;
  }
  if (!CLOSING.has(words[close]?.text ?? '') || close === open + 1) return null;
  return { from: open + 1, to: close };
}

/** Whether the word after `نادي`/`فريق` is a name (a place, a word the tagger leans to call a name…). */
export type ClubNameTest = (word: Word) => boolean;

/** What the caller's gazetteer says of a word as written (no clitics stripped): a place (`طنجة`), or a country's demonym (`الإسباني`). */
export interface PlaceTests {
  isPlace: (word: Word) => boolean;
  isDemonym: (word: Word) => boolean;
}

const MAX_CLUB_WORDS = 3;

/**
 * Whether `word` goes on with a club's name: a town's adjective (`المغرب الفاسي`, `الوداد البيضاوي`,
 * `الجمعية السلاوية`) but not a country's (`برشلونة الإسباني` is Barcelona, of Spain), or the town
 * itself after a word that is not a place (`اتحاد طنجة`, `أولمبيك آسفي`).
 */
function continuesClub(word: Word | undefined, first: Word, places: PlaceTests): boolean {
  if (word === undefined || word.kind !== 'word') return false;
  const key = word.key;
  if (key.startsWith('ال') && (key.endsWith('ي') || key.endsWith('يه')) && key.length > 4) return !places.isDemonym(word);
  return places.isPlace(word) && !places.isPlace(first);
}

export function findCuedOrganizations(words: readonly Word[], isClubName: ClubNameTest, places: PlaceTests): RuleSpan[] {
  const found: RuleSpan[] = [];
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index]!;
    if (word.kind !== 'word' || !mayCueOrganization(word)) continue;
    const club = words[index + 1];
    if (CLUB_CUES.has(words[index]!.key) && club !== undefined && club.kind === 'word' && isClubName(club)) {
      let to = index + 2;
      while (to - (index + 1) < MAX_CLUB_WORDS && continuesClub(words[to], club, places)) to += 1;
      found.push({ type: 'ORG', from: index + 1, to, cliticLetters: 0, evidence: 'cue' });
      index = to - 1;
      continue;
    }
    if (!isCue(words[index])) continue;
    // An adjective may sit between the cue and the quotes: `صحيفة الأميركية "…"` is rare, `شركة النفط "…"` is not.
    let open = index + 1;
    if (words[open]?.kind === 'word' && words[open]!.key.startsWith('ال')) open += 1;
    let quoted = quotedAt(words, open);
    while (quoted !== null) {
      found.push({ type: 'ORG', from: quoted.from, to: quoted.to, cliticLetters: 0, evidence: 'cue' });
      index = quoted.to;
      // `و"إكسون موبيل"`: a conjunction and another quoted name continue the list.
      const next = words[quoted.to + 1]?.key === 'و' ? quoted.to + 2 : -1;
      quoted = next === -1 ? null : quotedAt(words, next);
    }
  }
  return found;
}
