import { describe, expect, it } from 'vitest';
import { formatArabicDate, formatArabicDateTime, formatArabicMonth } from './format-date.ts';

describe('formatArabicDate', () => {
  it.each([
    ['2023-02-28T00:00:00Z', 'UTC', 'الثلاثاء 28 فبراير 2023'],
    ['2023-02-28T23:30:00Z', 'UTC', 'الثلاثاء 28 فبراير 2023'],
    ['2023-02-28T23:30:00Z', 'Asia/Riyadh', 'الأربعاء 1 مارس 2023'],
    ['2024-01-05T12:00:00Z', 'UTC', 'الجمعة 5 يناير 2024'],
    ['2023-06-15T12:00:00Z', 'Asia/Beirut', 'الخميس 15 يونيو 2023'],
    ['2023-12-31T21:59:00Z', 'Africa/Cairo', 'الأحد 31 ديسمبر 2023'],
    ['2023-12-31T22:00:00Z', 'Africa/Cairo', 'الاثنين 1 يناير 2024'],
  ])('%s in %s → %s', (iso, timeZone, expected) => {
    expect(formatArabicDate(new Date(iso), timeZone)).toBe(expected);
  });

  it('defaults to UTC', () => {
    expect(formatArabicDate(new Date('2023-02-28'))).toBe('الثلاثاء 28 فبراير 2023');
  });

  it('refuses an invalid date', () => {
    expect(() => formatArabicDate(new Date('nope'))).toThrow(RangeError);
  });
});

describe('formatArabicDateTime', () => {
  it.each([
    ['2023-02-28T14:05:00Z', 'UTC', 'الثلاثاء 28 فبراير 2023 14:05'],
    ['2023-02-28T00:07:00Z', 'UTC', 'الثلاثاء 28 فبراير 2023 00:07'],
    ['2023-02-28T22:05:00Z', 'Asia/Dubai', 'الأربعاء 1 مارس 2023 02:05'],
  ])('%s in %s → %s', (iso, timeZone, expected) => {
    expect(formatArabicDateTime(new Date(iso), timeZone)).toBe(expected);
  });
});

describe('formatArabicMonth', () => {
  it.each([
    ['2023-02', 'فبراير 2023'],
    ['2019-12', 'ديسمبر 2019'],
    ['2024-01', 'يناير 2024'],
  ])('%s → %s', (month, label) => {
    expect(formatArabicMonth(month)).toBe(label);
  });

  it('refuses what is not a month', () => {
    expect(() => formatArabicMonth('2023-13')).toThrow(RangeError);
    expect(() => formatArabicMonth('فبراير')).toThrow(RangeError);
  });
});
