/** Turns the bytes of an uploaded copy file into text, refusing binary files and unknown encodings. */

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1256';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

/** The bytes are not a text file Sahifa can read. The message names no file: the caller adds that. */
export class TextDecodingError extends Error {
  override readonly name = 'TextDecodingError';
}

const BOMS: ReadonlyArray<readonly [bytes: readonly number[], encoding: TextEncodingName]> = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

/** C0 controls other than tab, newline, vertical tab, form feed and carriage return. */
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F]/g;
const LETTER = /\p{L}/gu;
const ARABIC_LETTER = /\p{Script=Arabic}/u;
/** A stray Ctrl-Z from an old editor is tolerated; a control character in every hundred is not text. */
const MAX_CONTROL_SHARE = 0.01;
/** Arabic copy in Windows-1256 is mostly Arabic letters; Latin-1 or random bytes decode mostly to Latin ones. */
const MIN_ARABIC_SHARE = 0.5;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

function decodeStrict(bytes: Uint8Array, encoding: TextEncodingName): string | null {
  try {
    // ignoreBOM keeps a BOM in the text, so the same slice logic serves every encoding.
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function looksBinary(text: string): boolean {
  const controls = text.match(CONTROL)?.length ?? 0;
  return controls > 1 && controls / text.length > MAX_CONTROL_SHARE;
}

function isMostlyArabic(text: string): boolean {
  const letters = text.match(LETTER) ?? [];
  const arabic = letters.filter((letter) => ARABIC_LETTER.test(letter)).length;
  return arabic > 0 && arabic / letters.length >= MIN_ARABIC_SHARE;
}

function checked(text: string, encoding: TextEncodingName): DecodedText {
  if (looksBinary(text)) throw new TextDecodingError('not a text file (too many control characters)');
  return { text, encoding };
}

/**
 * No detection library on purpose: statistical detectors (chardet, jschardet) guess poorly on a few
 * hundred bytes of Arabic and may answer differently as they evolve. Newsroom files come in few
 * encodings, so a fixed order is enough and deterministic: a BOM decides; else strict UTF-8, which
 * Windows-1256 Arabic practically never passes; else Windows-1256 if the result reads as Arabic.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  for (const [bom, encoding] of BOMS) {
    if (!startsWith(bytes, bom)) continue;
    const text = decodeStrict(bytes.subarray(bom.length), encoding);
    if (text === null) throw new TextDecodingError(`invalid ${encoding.toUpperCase()} text after its byte order mark`);
    return checked(text, encoding);
  }
  // NUL never occurs in UTF-8 or Windows-1256 text; without a BOM it means binary or BOM-less UTF-16.
  if (bytes.includes(0)) throw new TextDecodingError('not a text file (it contains NUL bytes)');
  const utf8 = decodeStrict(bytes, 'utf-8');
  if (utf8 !== null) return checked(utf8, 'utf-8');
  // Windows-1256 assigns a character to every byte, so this decoding always succeeds; the test is whether it reads as Arabic.
  const windows1256 = checked(decodeStrict(bytes, 'windows-1256') ?? '', 'windows-1256');
  if (isMostlyArabic(windows1256.text)) return windows1256;
  throw new TextDecodingError('unrecognised text encoding (expected UTF-8, UTF-16 with BOM or Windows-1256)');
}
