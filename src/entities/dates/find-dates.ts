/**
 * Dates in news copy: `28 فبراير 2023`, `16 فبراير الجاري`, `سبتمبر الماضي`, `يناير 2022`, `عام 2022`,
 * `28/2/2023`, and weekday names (`الثلاثاء`) and `أمس`, the last two only when the publication day is
 * known. A weekday means the latest such day up to publication, unless the sentence speaks of the
 * future (`من المقرر`، `المقبل`), as Arabic wire copy does.
 */
import { monthNumber } from '../../arabic/months.ts';
import { procliticForms, wordStems } from '../text/clitics.ts';
import { foldWord } from '../text/fold.ts';
import { wordTrait } from '../text/word-traits.ts';
import type { Word } from '../text/words.ts';
import type { RuleSpan } from '../rules/rule-span.ts';
import { addDays, dayOf, isoDay, isoMonth, validDay, weekdayOf, yearFor, type Day, type Direction } from './resolve-day.ts';

const fold = (words: string) => words.split(' ').map(foldWord);
/** Weekday (0 = Sunday) or -1 for `أمس`, by every written form with proclitics (`والثلاثاء`, `بالأمس`). */
const DAY_WORDS = new Map<string, { weekday: number; letters: number }>();
for (const [name, weekday] of [
  ...['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'].map((day, index) => [day, index] as const),
  ['الإثنين', 1] as const,
  ['أمس', -1] as const,
  ['الأمس', -1] as const,
]) {
  for (const [form, letters] of procliticForms(foldWord(name))) if (!DAY_WORDS.has(form)) DAY_WORDS.set(form, { weekday, letters });
}
/** Folded month names of every family (see src/arabic/months.ts, which reads them), for a quick first test. */
const MONTH_KEYS = new Set(
  fold(
    'يناير فبراير مارس أبريل إبريل مايو يونيو يونية يوليو يولية أغسطس سبتمبر أكتوبر نوفمبر ديسمبر ' +
      'كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين جانفي فيفري أفريل ماي جوان جويلية يوليوز أوت غشت شتنبر نونبر دجنبر',
  ),
);
const QUALIFIERS = new Map<string, Direction>([
  ...fold('الجاري الحالي').map((word) => [word, 'current'] as const),
  ...fold('الماضي المنصرم الفائت').map((word) => [word, 'past'] as const),
  ...fold('المقبل القادم').map((word) => [word, 'future'] as const),
]);
const FUTURE_WORDS = new Set(
  fold('المقرر مقرر سوف يعتزم تعتزم المنتظر المتوقع يتوقع غدا سيعقد ستعقد سيلتقي ستلتقي سيزور ستزور سيصل ستصل سيتوجه ستتوجه سيشارك ستشارك سيجري ستجري'),
);
const YEAR_WORDS = new Set(fold('عام العام سنة').flatMap((word) => [...procliticForms(word).keys()]));
const SENTENCE_END = new Set(['.', '!', '?', '؟']);
/** Whether a word may open a date: `عام`, a month's name, a weekday or `أمس`. */
const mayOpenDate = wordTrait((word) => YEAR_WORDS.has(word.key) || MONTH_KEYS.has(word.key) || DAY_WORDS.has(word.key));

function monthOf(word: Word | undefined, next?: Word): { month: number; words: number } | null {
  if (word === undefined || word.kind !== 'word' || !MONTH_KEYS.has(word.key)) return null;
  if (next !== undefined && next.kind === 'word') {
    // `كانون الثاني`, `تشرين الأول`: only these families take two words.
    const twoWords = word.key === 'كانون' || word.key === 'تشرين' ? monthNumber(`${word.text} ${next.text}`) : null;
    if (twoWords !== null) return { month: twoWords, words: 2 };
  }
  const month = monthNumber(word.text);
  return month === null ? null : { month, words: 1 };
}

function numberIn(word: Word | undefined, min: number, max: number): number | null {
  if (word === undefined || word.kind !== 'number' || !/^\d+$/.test(word.key)) return null;
  const value = Number(word.key);
  return value >= min && value <= max ? value : null;
}

function speaksOfFuture(words: readonly Word[], at: number): boolean {
  for (let index = at - 1; index >= 0 && at - index <= 15; index -= 1) {
    const word = words[index]!;
    if (word.kind === 'mark' && SENTENCE_END.has(word.text)) return false;
    if (word.kind === 'word' && wordStems(word).some(({ key }) => FUTURE_WORDS.has(key))) return true;
  }
  return false;
}

function date(from: number, to: number, canonical: string): RuleSpan {
  return { type: 'DATE', from, to, cliticLetters: 0, canonical, evidence: 'pattern' };
}

function weekdayDate(published: Day, weekday: number, direction: Direction): string {
  const back = (weekdayOf(published) - weekday + 7) % 7;
  if (direction === 'future') return isoDay(addDays(published, back === 0 ? 7 : 7 - back));
  if (direction === 'past') return isoDay(addDays(published, back === 0 ? -7 : -back));
  return isoDay(addDays(published, -back));
}

export function findDates(words: readonly Word[], publishedAt?: string): RuleSpan[] {
  const published = publishedAt === undefined ? null : dayOf(publishedAt);
  const found: RuleSpan[] = [];
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index]!;
    const day = numberIn(word, 1, 31);
    const dayMonth = day === null ? null : monthOf(words[index + 1], words[index + 2]);
    if (day !== null && dayMonth !== null) {
      const after = index + 1 + dayMonth.words;
      const year = numberIn(words[after], 1000, 2999);
      const qualifier = QUALIFIERS.get(words[after]?.key ?? '');
      if (year !== null) {
        if (validDay(year, dayMonth.month, day)) found.push(date(index, after + 1, isoDay({ year, month: dayMonth.month, day })));
      } else if (published !== null) {
        const resolved = yearFor(published, dayMonth.month, day, qualifier ?? 'nearest');
        const to = qualifier === undefined ? after : after + 1;
        if (validDay(resolved, dayMonth.month, day)) found.push(date(index, to, isoDay({ year: resolved, month: dayMonth.month, day })));
      } else {
        found.push(date(index, after, `--${String(dayMonth.month).padStart(2, '0')}-${String(day).padStart(2, '0')}`));
      }
      index = found.at(-1)?.to === undefined ? index : Math.max(index, found.at(-1)!.to - 1);
      continue;
    }
    // `28/2/2023`
    if (day !== null && words[index + 1]?.text === '/' && words[index + 3]?.text === '/') {
      const month = numberIn(words[index + 2], 1, 12);
      const year = numberIn(words[index + 4], 1000, 2999);
      if (month !== null && year !== null && validDay(year, month, day)) {
        found.push(date(index, index + 5, isoDay({ year, month, day })));
        index += 4;
        continue;
      }
    }
    if (word.kind !== 'word' || !mayOpenDate(word)) continue;
    if (YEAR_WORDS.has(word.key)) {
      const year = numberIn(words[index + 1], 1000, 2999);
      if (year !== null) {
        found.push(date(index + 1, index + 2, String(year)));
        index += 1;
      }
      continue;
    }
    const month = monthOf(word, words[index + 1]);
    if (month !== null) {
      const after = index + month.words;
      const year = numberIn(words[after], 1000, 2999);
      const qualifier = QUALIFIERS.get(words[after]?.key ?? '');
      if (year !== null) found.push(date(index, after + 1, isoMonth(year, month.month)));
      else if (qualifier !== undefined && published !== null) {
        found.push(date(index, after + 1, isoMonth(yearFor(published, month.month, 1, qualifier === 'current' ? 'current' : qualifier), month.month)));
      } else continue;
      index = after;
      continue;
    }
    const dayWord = published === null ? undefined : DAY_WORDS.get(word.key);
    if (published === null || dayWord === undefined) continue;
    if (dayWord.weekday === -1) {
      found.push({ ...date(index, index + 1, isoDay(addDays(published, -1))), cliticLetters: dayWord.letters });
      continue;
    }
    const qualifier = QUALIFIERS.get(words[index + 1]?.key ?? '');
    const direction: Direction = qualifier ?? (speaksOfFuture(words, index) ? 'future' : 'current');
    const to = qualifier === undefined ? index + 1 : index + 2;
    found.push({ ...date(index, to, weekdayDate(published, dayWord.weekday, direction)), cliticLetters: dayWord.letters });
    index = to - 1;
  }
  return found;
}
