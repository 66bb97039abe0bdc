import { describe, expect, it } from 'vitest';
import { countWords, endsSentence, isHeadlineShaped } from './text-shape.ts';

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
