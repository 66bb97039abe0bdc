import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRawCopy } from './parse-raw-copy.ts';
import { RawCopyError } from './raw-copy-error.ts';

/** A copy of /work/shared/fixtures/asharq-2023-02-28-blinken-kazakhstan.txt, kept here as our regression fixture. */
const REFERENCE = readFileSync(new URL('./fixtures/asharq-2023-02-28-blinken-kazakhstan.txt', import.meta.url), 'utf8');

describe('parseRawCopy on the reference article (Asharq, 28 February 2023)', () => {
  const article = parseRawCopy(REFERENCE);
  const paragraphs = article.sections.flatMap((section) => section.paragraphs);

  it('reads the title', () => {
    expect(article.title).toBe('بلينكن يصل كازاخستان لمواجهة "نفوذ روسيا" في آسيا الوسطى');
  });

  it('reads the twice-printed caption once, with place, date and credit', () => {
    expect(article.image).toEqual({
      caption: 'وزير الخارجية الأميركي أنتوني بلينكن مع أحد أعضاء السفارة الأميركية في كازاخستان.',
      credit: 'twitter.com/SecBlinken',
      place: 'أستانة',
      date: '2023-02-28',
    });
  });

  it('reads the dateline', () => {
    expect(article.dateline).toEqual({ place: 'دبي', source: 'الشرق' });
  });

  it('finds five sections of 6, 4, 7, 4 and 3 paragraphs', () => {
    expect(article.sections.map((section) => [section.heading, section.paragraphs.length])).toEqual([
      [null, 6],
      ['جهود لعزل موسكو', 4],
      ['أهداف "بلا مبالغات"', 7],
      ['موقف توكاييف أمام بوتين', 4],
      ['مصالح اقتصادية', 3],
    ]);
    expect(paragraphs).toHaveLength(24);
  });

  it('keeps the first and last paragraphs whole', () => {
    expect(paragraphs[0]).toBe(
      'وصل وزير الخارجية الأميركي أنتوني بلينكن، الثلاثاء، إلى كازاخستان، في جولة تشمل أوزبكستان، ويلتقي خلالها بزعماء دول آسيا الوسطى الخمس، والتي تعتبرها موسكو قلب "دائرة نفوذها"، لحضهم على الحفاظ على الاستقلالية عن روسيا، وحيادهم إزاء الحرب في أوكرانيا.',
    );
    expect(paragraphs.at(-1)).toBe(
      'ويمكن أن يوفر خط الأنابيب نقطة ضغط لموسكو للرد على العقوبات الأميركية. وربما يكون من المفيد أن تكون روسيا مساهماً كبيراً في خط الأنابيب، الذي يحمل أيضاً بعض النفط الروسي، لذلك فلديها مصلحة مالية في الحفاظ على تدفق خط الأنابيب.',
    );
  });

  it('drops the page leftovers', () => {
    const texts = [...paragraphs, ...article.sections.map((section) => section.heading ?? '')];
    for (const leftover of ['اقرأ أيضاً:', 'تصنيفات', 'قصص قد تهمك']) expect(texts).not.toContain(leftover);
  });

  it('keeps the text exactly as written, typos included, trimming only line ends', () => {
    const sourceLines = REFERENCE.split('\n').map((line) => line.trim());
    for (const paragraph of paragraphs) expect(sourceLines).toContain(paragraph);
    expect(paragraphs.join('\n')).toContain('علللحصول');
    expect(paragraphs.join('\n')).toContain('الأميركيتيين');
    expect(paragraphs.find((paragraph) => paragraph.startsWith('وفي خطوة فاجأت'))).toMatch(/إضافة إلى زابوروجيا وخيرسون"\.$/u);
  });

  it('dates the article by its caption', () => {
    expect(article.publishedAt).toBe('2023-02-28T00:00:00.000Z');
  });
});

const LEDE = 'أعلنت الحكومة، الأحد، خطة جديدة لدعم الصادرات الزراعية بقيمة مليار دولار.';
const SECOND = 'وقال وزير الزراعة إن الخطة تشمل قروضاً ميسرة للمزارعين.';

describe('parseRawCopy', () => {
  it('tolerates a BOM, CRLF, NBSP and invisible marks at line edges', () => {
    const text = `\uFEFF\u200Fخطة لدعم الصادرات\u200F\r\n\r\n\u00A0عمّان -الشرق \r\n${LEDE}\u200B\r\n\r\n\r\n${SECOND}\u00A0\r\n`;
    expect(parseRawCopy(text)).toEqual({
      title: 'خطة لدعم الصادرات',
      image: null,
      dateline: { place: 'عمّان', source: 'الشرق' },
      sections: [{ heading: null, paragraphs: [LEDE, SECOND] }],
      publishedAt: null,
    });
  });

  it('skips a repeated title and leftovers before the title', () => {
    const text = `الرئيسية > اقتصاد\nخطة لدعم الصادرات\nخطة  لدعم الصادرات\n${LEDE}\n${SECOND}`;
    const article = parseRawCopy(text);
    expect(article.title).toBe('خطة لدعم الصادرات');
    expect(article.sections).toEqual([{ heading: null, paragraphs: [LEDE, SECOND] }]);
  });

  it('keeps a repeated paragraph in the body', () => {
    expect(parseRawCopy(`عنوان\n${LEDE}\n${LEDE}`).sections).toEqual([{ heading: null, paragraphs: [LEDE, LEDE] }]);
  });

  it('does not take the lede for a caption when there is none', () => {
    const article = parseRawCopy(`عنوان\n${LEDE}\n${SECOND}`);
    expect(article.image).toBeNull();
    expect(article.sections[0]?.paragraphs).toEqual([LEDE, SECOND]);
  });

  it('splits a wire dateline off the lede only when no dateline line came before', () => {
    expect(parseRawCopy(`عنوان\nعمّان (رويترز) - ${LEDE}`)).toMatchObject({
      dateline: { place: 'عمّان', source: 'رويترز' },
      sections: [{ heading: null, paragraphs: [LEDE] }],
    });
    expect(parseRawCopy(`عنوان\nعمّان -الشرق\nعمّان (رويترز) - ${LEDE}`)).toMatchObject({
      dateline: { place: 'عمّان', source: 'الشرق' },
      sections: [{ heading: null, paragraphs: [`عمّان (رويترز) - ${LEDE}`] }],
    });
  });

  it.each([
    ['a Date', new Date('2023-03-01T09:30:00+03:00'), '2023-03-01T06:30:00.000Z'],
    ['a date-time with offset', '2023-03-01T09:30:00+03:00', '2023-03-01T06:30:00.000Z'],
    ['a UTC date-time', '2023-03-01T09:30Z', '2023-03-01T09:30:00.000Z'],
    ['a date', '2023-03-01', '2023-03-01T00:00:00.000Z'],
  ])('takes publishedAt from options as %s, over the caption date', (_name, publishedAt, expected) => {
    expect(parseRawCopy(REFERENCE, { publishedAt }).publishedAt).toBe(expected);
  });

  it.each([
    ['garbage', 'yesterday'],
    ['an impossible day', '2023-02-31'],
    ['an impossible hour', '2023-02-28T24:00:00Z'],
    ['a date-time without offset', '2023-02-28T09:30:00'],
    ['an invalid Date', new Date('nope')],
  ])('refuses publishedAt that is %s', (_name, publishedAt) => {
    expect(() => parseRawCopy(REFERENCE, { publishedAt })).toThrow(RawCopyError);
    expect(() => parseRawCopy(REFERENCE, { publishedAt })).toThrow(/publishedAt is not a valid date/);
  });

  it.each([
    ['empty copy', '', /the copy is empty/],
    ['whitespace only', ' \r\n\u00A0\n\t\u200B', /the copy is empty/],
    ['leftovers only', 'شارك\nاقرأ أيضاً:\nتصنيفات\nقصص قد تهمك', /only page leftovers/],
    ['a title only', 'عنوان الخبر\n\n', /a title but no article text/],
    ['a title, caption and dateline only', 'عنوان الخبر\nصورة من القمة (رويترز)\nدبي -الشرق', /a title but no article text/],
  ])('refuses %s', (_name, text, message) => {
    expect(() => parseRawCopy(text)).toThrow(RawCopyError);
    expect(() => parseRawCopy(text)).toThrow(message);
  });
});
