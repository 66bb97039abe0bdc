/** Raw copies as editors send them, read from disk through decodeText, as the upload path does. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText, TextDecodingError } from '../decode-text.ts';
import type { ParsedArticle } from '../parsed-article.ts';
import { parseRawCopy } from './parse-raw-copy.ts';
import { RawCopyError } from './raw-copy-error.ts';

function readFixture(name: string): string {
  return decodeText(new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)))).text;
}

function outline(article: ParsedArticle) {
  return article.sections.map((section) => [section.heading, section.paragraphs.length]);
}

describe('raw-copy fixtures', () => {
  it('reuters-cairo-no-caption: en-dash dateline, no caption', () => {
    const article = parseRawCopy(readFixture('reuters-cairo-no-caption.txt'));
    expect(article.title).toBe('مصر ترفع أسعار الوقود للمرة الثانية هذا العام');
    expect(article.image).toBeNull();
    expect(article.dateline).toEqual({ place: 'القاهرة', source: 'رويترز' });
    expect(outline(article)).toEqual([[null, 3], ['ضغوط على الموازنة', 2]]);
    expect(article.publishedAt).toBeNull();
  });

  it('afp-washington-crlf: CRLF, bracketed credit, dateline without spaces', () => {
    const article = parseRawCopy(readFixture('afp-washington-crlf.txt'));
    expect(article.image).toEqual({
      caption: 'الرئيس الأميركي جو بايدن يتحدث إلى الصحافيين في البيت الأبيض',
      credit: 'أ ف ب',
      place: null,
      date: null,
    });
    expect(article.dateline).toEqual({ place: 'واشنطن', source: 'أ ف ب' });
    expect(outline(article)).toEqual([[null, 3], ['خلاف في الكونغرس', 2]]);
    expect(article.sections.flat().join('')).not.toContain('\r');
  });

  it('beirut-single-newlines: paragraphs on single lines, place-only dateline, short last line', () => {
    const article = parseRawCopy(readFixture('beirut-single-newlines.txt'));
    expect(article.title).toBe('لبنان: البرلمان يفشل للمرة الثانية عشرة في انتخاب رئيس للجمهورية');
    expect(article.dateline).toEqual({ place: 'بيروت', source: null });
    expect(outline(article)).toEqual([[null, 3], ['فراغ مستمر', 4]]);
    expect(article.sections[1]?.paragraphs.at(-1)).toBe('يتبع');
  });

  it('leftovers-everywhere: breadcrumb, timestamps, share buttons, unhamzated اقرا ايضا, tags, a most-read tail', () => {
    const article = parseRawCopy(readFixture('leftovers-everywhere.txt'));
    expect(article.title).toBe('الذهب يسجل أعلى مستوى في شهرين مع تراجع الدولار');
    expect(article.image).toBeNull();
    expect(article.dateline).toBeNull();
    expect(article.sections).toHaveLength(1);
    expect(article.sections[0]?.paragraphs.map((paragraph) => paragraph.split(' ').slice(0, 2).join(' '))).toEqual([
      'ارتفعت أسعار',
      'وصعد الذهب',
      'وقال محللون',
      'وكتب أحد',
      'ومن المقرر',
    ]);
  });

  it('damascus-levantine-caption: شباط with Eastern Arabic digits', () => {
    const article = parseRawCopy(readFixture('damascus-levantine-caption.txt'));
    expect(article.image).toEqual({
      caption: 'عناصر من الدفاع المدني يزيلون أنقاض مبنى منهار في مدينة جبلة.',
      credit: 'سانا',
      place: 'اللاذقية',
      date: '2023-02-28',
    });
    expect(article.dateline).toEqual({ place: 'دمشق', source: 'الشرق' });
    expect(outline(article)).toEqual([[null, 2], ['مساعدات عربية', 2]]);
    expect(article.sections[0]?.paragraphs[0]).toContain('٦٠٠٠ قتيل');
    expect(article.publishedAt).toBe('2023-02-28T00:00:00.000Z');
  });

  it('gulf-caption-no-dateline: repeated title and caption, يونيو/حزيران, no dateline', () => {
    const article = parseRawCopy(readFixture('gulf-caption-no-dateline.txt'));
    expect(article.title).toBe('السعودية تستقبل أكثر من 1.8 مليون حاج في موسم هذا العام');
    expect(article.image).toEqual({
      caption: 'حجاج يؤدون شعيرة رمي الجمرات في منى.',
      credit: 'رويترز',
      place: 'مكة المكرمة',
      date: '2023-06-28',
    });
    expect(article.dateline).toBeNull();
    expect(outline(article)).toEqual([[null, 2], ['تحديات الحر', 2]]);
    expect(article.sections[0]?.paragraphs[0]).toMatch(/^أعلنت الهيئة العامة للإحصاء/u);
  });

  it('reuters-inline-dateline: القاهرة (رويترز) - opening the lede', () => {
    const article = parseRawCopy(readFixture('reuters-inline-dateline.txt'));
    expect(article.dateline).toEqual({ place: 'القاهرة', source: 'رويترز' });
    expect(article.sections[0]?.paragraphs[0]).toMatch(/^قال برنامج الأغذية العالمي التابع للأمم المتحدة، يوم الاثنين،/u);
    expect(outline(article)).toEqual([[null, 3]]);
  });

  it('afp-labelled-credit: تصوير: credit, واشنطن - أ ف ب: style dateline in the lede', () => {
    const article = parseRawCopy(readFixture('afp-labelled-credit.txt'));
    expect(article.image).toEqual({
      caption: 'محتجون يرفعون لافتات خلال تظاهرة في ساحة الباستيل.',
      credit: 'جان دو',
      place: null,
      date: null,
    });
    expect(article.dateline).toEqual({ place: 'باريس', source: 'أ ف ب' });
    expect(article.sections[0]?.paragraphs[0]).toMatch(/^خرج مئات الآلاف/u);
  });

  it.each([['gaza-utf8.txt'], ['gaza-windows-1256.txt'], ['gaza-utf16le-bom.txt']])('%s parses the same in every encoding', (name) => {
    const article = parseRawCopy(readFixture(name));
    expect(article).toEqual(parseRawCopy(readFixture('gaza-utf8.txt')));
    expect(article.title).toBe('الأونروا: نقص الوقود يهدد بوقف عمل المستشفيات في غزة');
    expect(article.image).toEqual({
      caption: 'طفل فلسطيني يحمل عبوات مياه فارغة في مخيم جباليا.',
      credit: 'رويترز',
      place: 'غزة',
      date: '2023-10-12',
    });
    expect(article.dateline).toEqual({ place: 'غزة', source: 'الشرق' });
    expect(outline(article)).toEqual([[null, 2], ['وضع إنساني "كارثي"', 2]]);
  });

  it.each([
    ['empty.txt', /the copy is empty/],
    ['only-leftovers.txt', /only page leftovers/],
    ['title-only.txt', /a title but no article text/],
  ])('%s is refused', (name, message) => {
    expect(() => parseRawCopy(readFixture(name))).toThrow(RawCopyError);
    expect(() => parseRawCopy(readFixture(name))).toThrow(message);
  });

  it('latin1-french.txt is refused before parsing', () => {
    expect(() => readFixture('latin1-french.txt')).toThrow(TextDecodingError);
  });
});
