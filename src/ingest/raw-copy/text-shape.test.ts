import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countWords, endsSentence, hasAtMostWords, isHeadlineShaped, isWhitespaceCode } from './text-shape.ts';

const REFERENCE_ARTICLE = new URL('./fixtures/asharq-2023-02-28-blinken-kazakhstan.txt', import.meta.url);

describe('endsSentence', () => {
  it.each([
    ['جملة.', true],
    ['سؤال؟', true],
    ['قائلاً:', true],
    ['قائمة،', true],
    ['فاصلة؛', true],
    ['وخيرسون".', true],
    ['(نص.)', true],
    ['نص…', true],
    ['أهداف "بلا مبالغات"', false],
    ['أهداف «بلا مبالغات»', false],
    ['جهود لعزل موسكو', false],
    ['1.25', false],
  ])('%j → %s', (line, expected) => {
    expect(endsSentence(line)).toBe(expected);
  });
});

describe('isHeadlineShaped', () => {
  it.each([
    ['جهود لعزل موسكو', 10, true],
    ['واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة', 10, true],
    ['واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة أحد', 10, false],
    ['جملة قصيرة.', 10, false],
    ['2023', 10, false],
  ])('%j within %i words → %s', (line, maxWords, expected) => {
    expect(isHeadlineShaped(line, maxWords)).toBe(expected);
  });

  it('counts words on any whitespace', () => {
    expect(countWords(' أ  ب\tج ')).toBe(3);
  });
});

describe('isWhitespaceCode', () => {
  it('agrees with /\\s/u on every UTF-16 code unit', () => {
    const disagreements: number[] = [];
    for (let code = 0; code <= 0xffff; code += 1) {
      if (isWhitespaceCode(code) !== /\s/u.test(String.fromCharCode(code))) disagreements.push(code);
    }
    expect(disagreements).toEqual([]);
  });

  it('counts words as the runs /\\S+/u finds, on real copy', () => {
    const lines = fs.readFileSync(REFERENCE_ARTICLE, 'utf8').split('\n');
    lines.push('\u00a0كلمة\u2003أخرى\u3000', 'a\u200bb', '\ufeff', '', 'واحد  ،  اثنان');
    for (const line of lines) {
      const expected = line.match(/\S+/gu)?.length ?? 0;
      expect(countWords(line)).toBe(expected);
      expect(hasAtMostWords(line, expected)).toBe(true);
      if (expected > 0) expect(hasAtMostWords(line, expected - 1)).toBe(false);
    }
  });
});
