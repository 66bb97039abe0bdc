import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanLine, cleanLineByPattern, sameText, splitLines } from './lines.ts';

describe('splitLines', () => {
  it.each([
    ['LF', 'أ\nب', ['أ', 'ب']],
    ['CRLF', 'أ\r\nب\r\n', ['أ', 'ب']],
    ['CR', 'أ\rب', ['أ', 'ب']],
    ['Unicode line and paragraph separators', 'أ\u2028ب\u2029ج', ['أ', 'ب', 'ج']],
    ['blank lines and whitespace-only lines', '\n\nأ\n \t \n\n\nب\n\n', ['أ', 'ب']],
    ['BOM', '\uFEFFعنوان\nنص', ['عنوان', 'نص']],
    ['spaces and NBSP at the edges', '  عنوان\u00A0\n\u00A0نص. \u00A0', ['عنوان', 'نص.']],
    ['zero-width and bidi marks at the edges', '\u200F\u200Bعنوان\u200E\u200D\n\u2067نص\u2069', ['عنوان', 'نص']],
    ['whitespace-only copy', ' \n\u00A0\n\t', []],
  ])('%s', (_name, text, expected) => {
    expect(splitLines(text)).toEqual(expected);
  });
});

describe('cleanLine', () => {
  it('keeps spacing and invisible marks inside the line', () => {
    expect(cleanLine(' علللحصول  على\u200Cمساعدات ')).toBe('علللحصول  على\u200Cمساعدات');
  });
});

describe('sameText', () => {
  it.each([
    ['نص واحد', 'نص واحد', true],
    ['نص  واحد.', 'نص واحد.', true],
    ['نص واحد', 'نص واحد.', false],
    ['أستانة', 'استانة', false],
  ])('%j vs %j → %s', (a, b, expected) => {
    expect(sameText(a, b)).toBe(expected);
  });
});

describe('cleanLine', () => {
  it('trims exactly what the edge pattern trims, on real copy and on every invisible or space character', () => {
    const edges = [' ', '\t', '\u00a0', '\u2003', '\u3000', '\u061c', '\u200b', '\u200f', '\u202a', '\u202e', '\u2060', '\u2066', '\u2069', '\ufeff', '\u2028'];
    const lines = fs.readFileSync(new URL('./fixtures/asharq-2023-02-28-blinken-kazakhstan.txt', import.meta.url), 'utf8').split('\n');
    for (const edge of edges) lines.push(`${edge}كلمة${edge}أخرى${edge}`, `${edge}${edge}`, `«${edge}»`, `${edge}\u2065x\u2065`);
    for (const line of lines) expect(cleanLine(line)).toBe(cleanLineByPattern(line));
  });
});
