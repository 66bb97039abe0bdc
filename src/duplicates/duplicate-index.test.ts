import { describe, expect, it } from 'vitest';
import { DuplicateIndex, signatureFromBase64, signatureFromBytes, signatureToBase64, signatureToBytes } from './duplicate-index.ts';
import { CENTRAL_BANK_OTHER_STORY, CENTRAL_BANK_REPUBLISHED, CENTRAL_BANK_STORY, FOOTBALL_EDITED, FOOTBALL_STORY } from './test-stories.ts';

function buildIndex(): DuplicateIndex {
  const index = new DuplicateIndex();
  index.add('bank', CENTRAL_BANK_STORY);
  index.add('bank-other-desk', CENTRAL_BANK_OTHER_STORY);
  index.add('football', FOOTBALL_STORY);
  return index;
}

describe('DuplicateIndex', () => {
  it.each([
    ['the same story again', CENTRAL_BANK_STORY, ['bank']],
    ['the same story with spelling variants and other punctuation', CENTRAL_BANK_STORY.replaceAll('أ', 'ا').replaceAll('،', ','), ['bank']],
    ['a republication with a new lede and a reworded sentence', CENTRAL_BANK_REPUBLISHED, ['bank']],
    ['a copy with a few words edited', FOOTBALL_EDITED, ['football']],
    ['the same news written anew by another desk', CENTRAL_BANK_OTHER_STORY.replace('في خطوة مفاجئة للمستثمرين، ', ''), ['bank-other-desk']],
    ['an unrelated story', 'افتتح معرض الكتاب أبوابه أمام الزوار بمشاركة مئات من دور النشر العربية والأجنبية.', []],
    ['a text without words', '***', []],
  ])('finds %s', (_, text, expected) => {
    expect(buildIndex().query(text).map((match) => match.id)).toEqual(expected);
  });

  it('keeps two stories on one topic apart', () => {
    const index = buildIndex();
    expect(index.duplicatesOf('bank')).toEqual([]);
    expect(index.groups()).toEqual([]);
  });

  it('finds the duplicates of each article as it is added, without a rebuild', () => {
    const index = buildIndex();
    expect(index.add('bank-republished', CENTRAL_BANK_REPUBLISHED)).toEqual([{ id: 'bank', similarity: expect.any(Number) }]);
    expect(index.add(7, FOOTBALL_EDITED).map((match) => match.id)).toEqual(['football']);
    expect(index.duplicatesOf('bank').map((match) => match.id)).toEqual(['bank-republished']);
    expect(index.groups()).toEqual([
      ['bank', 'bank-republished'],
      ['football', 7],
    ]);
  });

  it('gives similarity 1 to identical text and less to an edited copy', () => {
    const index = buildIndex();
    expect(index.query(FOOTBALL_STORY)[0]?.similarity).toBe(1);
    const edited = index.query(FOOTBALL_EDITED)[0]?.similarity ?? 0;
    expect(edited).toBeGreaterThan(0.5);
    expect(edited).toBeLessThan(1);
  });

  it('forgets a removed article and replaces a re-added one', () => {
    const index = buildIndex();
    expect(index.remove('football')).toBe(true);
    expect(index.remove('football')).toBe(false);
    expect(index.query(FOOTBALL_STORY)).toEqual([]);
    index.add('bank', FOOTBALL_STORY); // the article was edited into another story
    expect(index.size).toBe(2);
    expect(index.query(CENTRAL_BANK_STORY)).toEqual([]);
    expect(index.query(FOOTBALL_STORY).map((match) => match.id)).toEqual(['bank']);
  });

  it('survives a JSON round trip', () => {
    const index = buildIndex();
    index.add(42, CENTRAL_BANK_REPUBLISHED);
    const reloaded = DuplicateIndex.fromJSON(JSON.parse(JSON.stringify(index.toJSON())));
    expect(reloaded.options).toEqual(index.options);
    expect(reloaded.size).toBe(4);
    expect(reloaded.groups()).toEqual([['bank', 42]]);
    expect(reloaded.query(FOOTBALL_EDITED)).toEqual(index.query(FOOTBALL_EDITED));
  });

  it('is rebuilt from stored signatures without comparing them', () => {
    const index = buildIndex();
    const signatures = ['bank', 'bank-other-desk', 'football'].map((id): [string, Uint32Array] => [id, index.signatureOf(id === 'football' ? FOOTBALL_STORY : id === 'bank' ? CENTRAL_BANK_STORY : CENTRAL_BANK_OTHER_STORY)]);
    const rebuilt = DuplicateIndex.fromSignatures(signatures);
    expect(rebuilt.size).toBe(3);
    expect(rebuilt.query(FOOTBALL_EDITED).map((match) => match.id)).toEqual(['football']);
  });

  it.each([
    ['another format', { format: 'other' }, /not a Sahifa duplicate index/],
    ['a short signature', { ...buildIndex().toJSON(), documents: [['x', 'AAAAAA==']] }, /expected a signature of 128 values/],
  ])('refuses %s', (_, value, message) => {
    expect(() => DuplicateIndex.fromJSON(value as never)).toThrow(message);
  });

  it.each([
    ['rowsPerBand 0', { rowsPerBand: 0 }],
    ['threshold 0', { threshold: 0 }],
  ])('refuses %s', (_, options) => {
    expect(() => new DuplicateIndex(options)).toThrow(RangeError);
  });
});

describe('signature encoding', () => {
  it('round-trips through base64 as little-endian 32-bit values', () => {
    const signature = Uint32Array.from([0, 1, 0xffffffff, 0x12345678]);
    expect(signatureToBase64(signature)).toBe(Buffer.from([0, 0, 0, 0, 1, 0, 0, 0, 255, 255, 255, 255, 0x78, 0x56, 0x34, 0x12]).toString('base64'));
    expect(signatureFromBase64(signatureToBase64(signature))).toEqual(signature);
    expect(signatureFromBytes(signatureToBytes(signature))).toEqual(signature);
    expect(signatureToBytes(new DuplicateIndex().signatureOf('نص قصير للتجربة'))).toHaveLength(512);
  });
});
