import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toAsciiDigits } from './digits.ts';
import { normalizeArabic, stripDiacritics } from './normalize.ts';

describe('normalizeArabic', () => {
  it.each([
    ['harakat and tanween', 'مُحَمَّدٌ', 'محمد'],
    ['tanween on alef', 'أيضاً', 'ايضا'],
    ['superscript alef', 'هٰذا', 'هذا'],
    ['Quranic annotation marks', 'الرَّحِيمِ ۝ ذَٰلِكَ ۖ', 'الرحيم ذلك'],
    ['tatweel', 'الـــعـــربية', 'العربية'],
    ['hamza on alef above and below, madda, wasla', 'أحمد إلى آسيا ٱلله', 'احمد الي اسيا الله'],
    ['alef maksura to yeh', 'مصطفى على', 'مصطفي علي'],
    ['teh marbuta is kept', 'مدرسة', 'مدرسة'],
    ['hamza on waw and yeh are kept', 'مسؤول رئيس', 'مسؤول رئيس'],
    ['Persian yeh, keheh and heh with yeh', 'کتاب فارسی خانۀ', 'كتاب فارسي خانه'],
    ['presentation forms through NFKC', 'ﺑﻠﻴﻨﻜﻦ ﻻ', 'بلينكن لا'],
    ['decomposed hamza recomposed before folding', 'ا\u0654حمد', 'احمد'],
    ['Eastern Arabic digits', '٢٨ شباط ٢٠٢٣', '28 شباط 2023'],
    ['Persian digits', '۱۴۰۲', '1402'],
    ['whitespace runs, NBSP and tabs collapse', '  دبي \u00A0\t -الشرق\n', 'دبي -الشرق'],
    ['zero-width and bidi marks vanish', '\u200Fاقرأ\u200C أيضاً\u200B', 'اقرا ايضا'],
    ['Latin text is untouched apart from spacing', 'twitter.com/SecBlinken', 'twitter.com/SecBlinken'],
    ['empty', '', ''],
  ])('%s', (_name, input, expected) => {
    expect(normalizeArabic(input)).toBe(expected);
  });
});

describe('stripDiacritics', () => {
  it.each([
    ['keeps hamza forms', 'أَنْتُم إِلَى', 'أنتم إلى'],
    ['keeps spacing', 'كَـتَبَ  هُنا', 'كتب  هنا'],
  ])('%s', (_name, input, expected) => {
    expect(stripDiacritics(input)).toBe(expected);
  });
});

describe('toAsciiDigits', () => {
  it.each([
    ['٠١٢٣٤٥٦٧٨٩', '0123456789'],
    ['۰۱۲۳۴۵۶۷۸۹', '0123456789'],
    ['عام ٢٠٢٣ و2024', 'عام 2023 و2024'],
    ['أحمد', 'أحمد'],
  ])('%s → %s', (input, expected) => {
    expect(toAsciiDigits(input)).toBe(expected);
  });
});

describe('normalizeArabic without NFKC on text NFKC leaves alone', () => {
  /** The definition: NFKC always. */
  const reference = (text: string) =>
    toAsciiDigits(
      text
        .normalize('NFKC')
        .replace(/[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g, '')
        .replace(/[\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g, '')
        .replace(/[أإآٱىیېکۀہەھ]/g, (letter) => normalizeArabic(letter)),
    )
      .replace(/\s+/gu, ' ')
      .trim();

  it('agrees with NFKC on every character of the Arabic block, Latin-1 and general punctuation, alone and between letters', () => {
    const disagreements: string[] = [];
    for (const [from, to] of [[0x0000, 0x07ff], [0x2000, 0x206f], [0xfb50, 0xfeff]] as const) {
      for (let code = from; code <= to; code += 1) {
        const character = String.fromCharCode(code);
        for (const text of [character, `ب${character}ا`, `و${character}`, `a${character}b`, `${character}${character}`, `ا${character}\u0654`]) {
          if (normalizeArabic(text) !== reference(text)) disagreements.push(code.toString(16));
        }
      }
    }
    expect([...new Set(disagreements)]).toEqual([]);
  });

  it('agrees with NFKC on the reference article', () => {
    for (const line of fs.readFileSync(new URL('../../demo/asharq-2023-02-28-blinken-kazakhstan.txt', import.meta.url), 'utf8').split('\n')) {
      expect(normalizeArabic(line)).toBe(reference(line));
    }
  });
});
