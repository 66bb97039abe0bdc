import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildTermVector, cosine, countTerms, inverseDocumentFrequency, packTermCounts, termsToLookUp, unpackTermCounts } from './term-vector.ts';

const REFERENCE = fs.readFileSync(new URL('../../demo/asharq-2023-02-28-blinken-kazakhstan.txt', import.meta.url), 'utf8');

describe('countTerms', () => {
  it('meets words through the article and spelling (الحرب, حرب; أوكرانيا, اوكرانيا)', () => {
    const a = countTerms('بلينكن يصل إلى كازاخستان', 'الحرب في أوكرانيا');
    const b = countTerms('زيارة كازاخستان', 'حرب اوكرانيا');
    const shared = [...a.counts.keys()].filter((term) => b.counts.has(term));
    expect(shared.length).toBe(3);
  });

  it('counts title words twice and leaves numbers and stopwords out', () => {
    const { counts } = countTerms('بلينكن في أستانة', 'وصل بلينكن عام 2023 إلى أستانة في 28 فبراير');
    expect(Math.max(...counts.values())).toBe(3);
    expect([...counts.keys()].some((term) => /\d/.test(term))).toBe(false);
    expect(counts.has('في')).toBe(false);
  });

  it('gives the same keys to the same text written with other marks, different keys to another text', () => {
    const a = countTerms('بلينكن يصل كازاخستان', 'وصل وزير الخارجية.');
    const b = countTerms('بلينكنْ  يصلُ كازاخستان', 'وصل وزيرُ الخارجية');
    const c = countTerms('بلينكن يصل أوزبكستان', 'وصل وزير الخارجية.');
    expect(b.titleKey).toBe(a.titleKey);
    expect(b.bodyKey).toBe(a.bodyKey);
    expect(c.titleKey).not.toBe(a.titleKey);
    expect(c.bodyKey).toBe(a.bodyKey);
  });
});

describe('packTermCounts', () => {
  it('travels as one string and typed arrays, and unpacks to the same counts in the same order', () => {
    const [title = '', ...body] = REFERENCE.split('\n').filter((line) => line.trim() !== '');
    const counts = countTerms(title, body.join('\n'));
    expect(counts.counts.size).toBeGreaterThan(100);
    const packed = packTermCounts(structuredClone(counts));
    expect(packed.counts).toBeInstanceOf(Float64Array);
    const back = unpackTermCounts(structuredClone(packed));
    expect(back).toEqual(counts);
    expect([...back.counts]).toEqual([...counts.counts]);
    expect([...back.firstPositions]).toEqual([...counts.firstPositions]);
    expect(unpackTermCounts(packTermCounts(countTerms('', '')))).toEqual(countTerms('', ''));
  });

  it('counts no term spelled as several words (ﷺ normalizes to a formula of four), and keeps the counts in step through packing', () => {
    const counts = countTerms('النبي محمد ﷺ', 'قال النبي ﷺ في الحديث الشريف');
    expect([...counts.counts.keys()].some((term) => /\s/u.test(term))).toBe(false);
    expect(counts.counts.has('شريف')).toBe(true);
    const back = unpackTermCounts(structuredClone(packTermCounts(counts)));
    expect([...back.counts]).toEqual([...counts.counts]);
    expect([...back.firstPositions]).toEqual([...counts.firstPositions]);
    expect(buildTermVector(back, () => 2, 1000)).toEqual(buildTermVector(counts, () => 2, 1000));
  });
});

describe('buildTermVector', () => {
  it('reads a stem without its preposition when the corpus uses the bare word more (بكازاخستان, not بلينكن)', () => {
    const counts = countTerms('بلينكن في بكازاخستان', 'بلينكن');
    const df = (term: string) => ({ كازاخستان: 50, بكازاخستان: 2, بلينكن: 5, لينكن: 0 })[term] ?? 1;
    const terms = buildTermVector(counts, df, 1000).map(([term]) => term);
    expect(terms).toContain('كازاخستان');
    expect(terms).not.toContain('بكازاخستان');
    expect(terms).toContain('بلينكن');
    expect(termsToLookUp(counts)).toEqual(expect.arrayContaining(['بكازاخستان', 'كازاخستان', 'بلينكن', 'لينكن']));
  });

  const counts = countTerms('بلينكن يصل كازاخستان', 'قال الوزير إن بلينكن سيلتقي الوزراء. وقال الوزير إن الزيارة مهمة.');
  const common = new Set(['قال', 'وزير']);
  const df = (term: string) => ([...common].some((word) => term.includes(word)) ? 900 : 3);

  it('ranks rare words above common ones and has unit length', () => {
    const vector = buildTermVector(counts, df, 1000);
    const length = Math.sqrt(vector.reduce((sum, [, weight]) => sum + weight * weight, 0));
    expect(length).toBeCloseTo(1, 5);
    const strongest = vector[0]?.[0] ?? '';
    expect(['بلينك', 'بلينكن', 'كازاخستان']).toContain(strongest);
    for (const [term, weight] of vector) if (df(term) === 900) expect(weight).toBeLessThan(vector[0]?.[1] ?? 0);
  });

  it('keeps at most maxTerms, the same ones every time', () => {
    const options = { maxTerms: 3, k1: 1.2, b: 0.75, averageLength: 200 };
    expect(buildTermVector(counts, df, 1000, options)).toHaveLength(3);
    expect(buildTermVector(counts, df, 1000, options)).toEqual(buildTermVector(counts, df, 1000, options));
  });

  it('gives a cosine of 1 to the same text and 0 to texts sharing nothing', () => {
    const other = buildTermVector(countTerms('منتخب المغرب يفوز', 'سجل اللاعب هدفين في المباراة'), () => 2, 1000);
    const vector = buildTermVector(counts, df, 1000);
    expect(cosine(vector, vector)).toBeCloseTo(1, 5);
    expect(cosine(vector, other)).toBe(0);
  });

  it('never weighs a term negatively, even one every article uses', () => {
    expect(inverseDocumentFrequency(1000, 1000)).toBeGreaterThan(0);
    expect(inverseDocumentFrequency(1, 1000)).toBeGreaterThan(inverseDocumentFrequency(10, 1000));
  });
});
