import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText, TextDecodingError } from './decode-text.ts';

const ARABIC = 'وصل وزير الخارجية الأميركي أنتوني بلينكن إلى كازاخستان.\nدبي -الشرق';

/** Node can decode Windows-1256 but not encode it: the reverse of its decoding table is enough for tests. */
const WINDOWS_1256 = new Map(
  Array.from({ length: 256 }, (_, byte) => [new TextDecoder('windows-1256').decode(Uint8Array.of(byte)), byte] as const),
);
function windows1256(text: string): Uint8Array {
  return Uint8Array.from(Array.from(text, (char) => WINDOWS_1256.get(char) ?? 0x3f));
}
function utf16le(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, 'utf16le'));
}
function utf16be(text: string): Uint8Array {
  return utf16le(text).map((_, index, bytes) => bytes[index ^ 1] ?? 0);
}
function bytes(...parts: (Uint8Array | number[])[]): Uint8Array {
  return Uint8Array.from(parts.flatMap((part) => Array.from(part)));
}
const utf8 = (text: string) => new TextEncoder().encode(text);
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`./raw-copy/fixtures/${name}`, import.meta.url)));

describe('decodeText', () => {
  it.each([
    ['UTF-8', utf8(ARABIC), 'utf-8'],
    ['UTF-8 with BOM', bytes([0xef, 0xbb, 0xbf], utf8(ARABIC)), 'utf-8'],
    ['UTF-16LE with BOM', bytes([0xff, 0xfe], utf16le(ARABIC)), 'utf-16le'],
    ['UTF-16BE with BOM', bytes([0xfe, 0xff], utf16be(ARABIC)), 'utf-16be'],
    ['Windows-1256', windows1256(ARABIC), 'windows-1256'],
  ])('reads %s and strips the BOM', (_name, input, encoding) => {
    expect(decodeText(input)).toEqual({ text: ARABIC, encoding });
  });

  it('reads ASCII-only text as UTF-8', () => {
    expect(decodeText(utf8('Reuters\r\n'))).toEqual({ text: 'Reuters\r\n', encoding: 'utf-8' });
  });

  it('reads no bytes as empty UTF-8 text', () => {
    expect(decodeText(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8' });
  });

  it('reads Windows-1256 with some Latin in it', () => {
    const text = 'قال مسؤول في Reuters إن الاجتماع انتهى.';
    expect(decodeText(windows1256(text))).toEqual({ text, encoding: 'windows-1256' });
  });

  it('tolerates a stray control character in long text', () => {
    const text = `${ARABIC.repeat(3)}\u001a`;
    expect(decodeText(utf8(text)).text).toBe(text);
  });

  it('decodes the same fixture in three encodings to the same text', () => {
    const expected = decodeText(fixture('gaza-utf8.txt'));
    expect(decodeText(fixture('gaza-windows-1256.txt'))).toEqual({ text: expected.text, encoding: 'windows-1256' });
    expect(decodeText(fixture('gaza-utf16le-bom.txt'))).toEqual({ text: expected.text, encoding: 'utf-16le' });
  });

  it.each([
    ['a PNG image', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), /NUL bytes/],
    ['UTF-16 without a BOM', utf16le(ARABIC), /NUL bytes/],
    ['control characters without NUL', bytes(utf8('نص'), [1, 2, 3, 4, 5, 6, 0x1b, 0x1c]), /control characters/],
    ['Latin-1 French', fixture('latin1-french.txt'), /unrecognised text encoding \(expected UTF-8, UTF-16 with BOM or Windows-1256\)/],
    ['invalid UTF-8 after a UTF-8 BOM', bytes([0xef, 0xbb, 0xbf, 0xd8, 0x28]), /invalid UTF-8 text after its byte order mark/],
    ['an odd byte count after a UTF-16 BOM', bytes([0xff, 0xfe, 0x27, 0x06, 0x44]), /invalid UTF-16LE text/],
  ])('refuses %s', (_name, input, message) => {
    expect(() => decodeText(input)).toThrow(TextDecodingError);
    expect(() => decodeText(input)).toThrow(message);
  });

  it('throws an Error subclass named TextDecodingError', () => {
    expect(() => decodeText(bytes([0]))).toThrow(expect.objectContaining({ name: 'TextDecodingError' }));
  });
});
