import { describe, expect, it } from 'vitest';
import { tokenize, type TokenKind } from './tokenize.ts';

const kinds = (text: string) => tokenize(text).map((token) => [token.kind, token.text] as [TokenKind, string]);

describe('tokenize', () => {
  it.each<[string, string, [TokenKind, string][]]>([
    ['Arabic words', 'وصل بلينكن إلى كازاخستان', [['arabic', 'وصل'], ['arabic', 'بلينكن'], ['arabic', 'إلى'], ['arabic', 'كازاخستان']]],
    ['harakat stay inside the word', 'مُحَمَّدٌ رَسُولُ', [['arabic', 'مُحَمَّدٌ'], ['arabic', 'رَسُولُ']]],
    ['tatweel stays inside the word', 'الـــعـــربية بـ"أقاليم"', [['arabic', 'الـــعـــربية'], ['arabic', 'بـ'], ['arabic', 'أقاليم']]],
    ['decimal and thousands separators between digits', 'بقيمة 1.25 مليار و2,500 جندي', [['arabic', 'بقيمة'], ['number', '1.25'], ['arabic', 'مليار'], ['arabic', 'و'], ['number', '2,500'], ['arabic', 'جندي']]],
    ['a full stop after a year is not part of it', 'في يناير 2023.', [['arabic', 'في'], ['arabic', 'يناير'], ['number', '2023']]],
    ['Eastern Arabic digits with the Arabic decimal separator', '١٫٢٥ و٢٠٢٣', [['number', '١٫٢٥'], ['arabic', 'و'], ['number', '٢٠٢٣']]],
    ['Latin words and letters with digits', 'twitter.com/SecBlinken G20 COVID-19', [['latin', 'twitter'], ['latin', 'com'], ['latin', 'SecBlinken'], ['latin', 'G20'], ['latin', 'COVID'], ['number', '19']]],
    ['hashtags keep their underscores', 'انضمت #إليسا إلى #عاصي_الحلاني،', [['arabic', 'انضمت'], ['hashtag', '#إليسا'], ['arabic', 'إلى'], ['hashtag', '#عاصي_الحلاني']]],
    ['presentation forms are letters', 'ﺑﻠﻴﻨﻜﻦ', [['arabic', 'ﺑﻠﻴﻨﻜﻦ']]],
    ['other scripts count as Latin words', 'Привет Ελλάδα', [['latin', 'Привет'], ['latin', 'Ελλάδα']]],
    ['punctuation and symbols only', '«» ، ؛ ؟ - ( ) # _ *', []],
    ['empty', '', []],
  ])('%s', (_name, text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  it('keeps offsets into the original text', () => {
    const text = 'قال: "العُقُوبَات" على #روسيا، 1.25 مليار';
    for (const token of tokenize(text)) expect(text.slice(token.start, token.end)).toBe(token.text);
  });
});
