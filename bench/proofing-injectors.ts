/**
 * Defect injectors for the recall benchmark: each takes clean text and puts one defect of its rule's
 * kind into it, returning the changed text, the span of the defect and the text that would repair it.
 */
import type { WordLexicon } from '../src/proofing/lexicon/word-lexicon.ts';
import { ARABIC_ALPHABET } from '../src/proofing/lexicon/single-edits.ts';
import { stemOf } from '../src/proofing/rules/inconsistent-spelling.ts';
import { FUNCTION_WORDS } from '../src/proofing/text/function-words.ts';
import { scanWords, type WordSpan } from '../src/proofing/text/word-spans.ts';

export interface Injection {
  text: string;
  /** The defect's span in `text`. */
  start: number;
  end: number;
  /** What the first suggestion should be, when there is one right answer. */
  repair?: string;
}

export type Random = () => number;

/** The same seeded generator as everywhere, so every run injects the same defects. */
export { seededRandom } from '../src/lib/seeded-random.ts';

function pick<T>(items: readonly T[], random: Random): T | undefined {
  return items.length === 0 ? undefined : items[Math.floor(random() * items.length)];
}

function splice(text: string, start: number, end: number, replacement: string): string {
  return text.slice(0, start) + replacement + text.slice(end);
}

function arabicWords(text: string, minLength = 4): WordSpan[] {
  return scanWords(text).filter((word) => word.kind === 'arabic' && word.text === word.bare && word.bare.length >= minLength && !FUNCTION_WORDS.has(word.bare));
}

/** Offsets of a character in the text. */
function offsetsOf(text: string, char: string): number[] {
  const offsets: number[] = [];
  for (let index = text.indexOf(char); index !== -1; index = text.indexOf(char, index + 1)) offsets.push(index);
  return offsets;
}

/** Letters after which a tatweel can stretch the join (not ا د ذ ر ز و ة ى and the hamza forms). */
const JOINING = /[بتثجحخسشصضطظعغفقكلمنهي]/;

export type Injector = (text: string, random: Random, lexicon: WordLexicon) => Injection | undefined;

export const INJECTORS: Readonly<Record<string, { scope: 'paragraph' | 'article'; inject: Injector }>> = {
  'repeated-letter': {
    scope: 'paragraph',
    inject(text, random) {
      const word = pick(arabicWords(text), random);
      if (word === undefined) return undefined;
      const at = 1 + Math.floor(random() * (word.text.length - 2));
      const letter = word.text[at] as string;
      const typed = word.text.slice(0, at) + letter.repeat(3) + word.text.slice(at + 1);
      return { text: splice(text, word.start, word.end, typed), start: word.start, end: word.start + typed.length, repair: word.text };
    },
  },
  'repeated-word': {
    scope: 'paragraph',
    inject(text, random) {
      const words = scanWords(text);
      // The reference's shape when the paragraph has it (`وتمتلك كازاخستان` → `… تمتلك`), else a plain doubling.
      const echoes = words.filter((word, index) => {
        const next = words[index + 1];
        return word.bare.startsWith('و') && word.bare.length >= 5 && !FUNCTION_WORDS.has(word.bare) && !FUNCTION_WORDS.has(word.bare.slice(1)) &&
          next !== undefined && next.kind === 'arabic' && !next.bare.startsWith('و') && !FUNCTION_WORDS.has(next.bare) && text.slice(word.end, next.start) === ' ';
      });
      const echo = random() < 0.5 ? pick(echoes, random) : undefined;
      if (echo !== undefined) {
        const next = words[echo.index + 1] as WordSpan;
        const copy = ` ${echo.text.slice(1)}`;
        return { text: splice(text, next.end, next.end, copy), start: next.end + 1, end: next.end + copy.length, repair: '' };
      }
      const word = pick(arabicWords(text, 3), random);
      if (word === undefined) return undefined;
      return { text: splice(text, word.end, word.end, ` ${word.text}`), start: word.end + 1, end: word.end + 1 + word.text.length, repair: '' };
    },
  },
  misspelling: {
    scope: 'paragraph',
    inject(text, random, lexicon) {
      const candidates = arabicWords(text, 4).filter((word) => lexicon.commonness(word.bare) >= 0.5);
      for (let attempt = 0; attempt < 10; attempt += 1) {
        const word = pick(candidates, random);
        if (word === undefined) return undefined;
        const at = Math.floor(random() * word.text.length);
        const letter = ARABIC_ALPHABET[Math.floor(random() * ARABIC_ALPHABET.length)] as string;
        const kind = Math.floor(random() * 4);
        const chars = [...word.text];
        if (kind === 0 && chars.length > 4) chars.splice(at, 1);
        else if (kind === 1) chars.splice(at, 0, letter);
        else if (kind === 2) chars[at] = letter;
        else if (at + 1 < chars.length) [chars[at], chars[at + 1]] = [chars[at + 1] as string, chars[at] as string];
        const typo = chars.join('');
        // A slip that makes another real word cannot be caught by spelling: only non-words are injected.
        if (typo === word.text || lexicon.isKnown(typo)) continue;
        return { text: splice(text, word.start, word.end, typo), start: word.start, end: word.start + typo.length, repair: word.text };
      }
      return undefined;
    },
  },
  'inconsistent-spelling': {
    scope: 'article',
    inject(text, random) {
      const words = arabicWords(text, 5);
      const counts = new Map<string, number>();
      for (const word of words) counts.set(word.bare, (counts.get(word.bare) ?? 0) + 1);
      // The variants news copy wavers on: `أميركا`/`أمريكا`, `مسؤول`/`مسئول`, `سوفيتي`/`سوفييتي`.
      const variantOf = (word: string): string | undefined => {
        if (word.includes('ميرك')) return word.replace('ميرك', 'مريك');
        if (/[^ا]ؤ./.test(word)) return word.replace(/([^ا])ؤ(?=.)/, '$1ئ');
        // A doubled yeh in a stem long enough for the rule to compare (its own stemmer decides).
        const { prefix, stem, suffix } = stemOf(word);
        if (stem.length < 5) return undefined;
        const at = [...stem].findIndex((letter, index) => letter === 'ي' && index >= 2 && index <= stem.length - 2 && !/[يا]/.test(stem[index - 1] ?? '') && !/[يا]/.test(stem[index + 1] ?? ''));
        return at === -1 ? undefined : `${prefix}${stem.slice(0, at)}يي${stem.slice(at + 1)}${suffix}`;
      };
      const repeated = words.filter((word) => (counts.get(word.bare) ?? 0) >= 2 && variantOf(word.bare) !== undefined);
      const word = repeated.at(-1) === undefined ? undefined : pick(repeated.filter((other) => other.bare === repeated.at(-1)?.bare).slice(1), random);
      const variant = word === undefined ? undefined : variantOf(word.bare);
      if (word === undefined || variant === undefined) return undefined;
      return { text: splice(text, word.start, word.end, variant), start: word.start, end: word.start + variant.length, repair: word.text };
    },
  },
  'unbalanced-brackets': {
    scope: 'paragraph',
    inject(text, random) {
      const words = arabicWords(text, 2);
      if (words.length < 6) return undefined;
      const first = Math.floor(random() * (words.length - 4));
      const open = words[first] as WordSpan;
      const close = words[first + 2 + Math.floor(random() * 2)] as WordSpan;
      const kind = Math.floor(random() * 3);
      // A bracket closed by a quote (the reference's defect), by the wrong bracket, or not at all.
      const closer = kind === 0 ? '"' : kind === 1 ? ']' : '';
      const withCloser = splice(text, close.end, close.end, closer);
      const injected = splice(withCloser, open.start, open.start, '(');
      const closerAt = close.end + 1;
      return kind === 2
        ? { text: injected, start: open.start, end: open.start + 1 }
        : { text: injected, start: closerAt, end: closerAt + 1, repair: ')' };
    },
  },
  'unbalanced-quotes': {
    scope: 'paragraph',
    inject(text, random) {
      if (text.includes('"')) return undefined;
      const word = pick(arabicWords(text, 3), random);
      if (word === undefined) return undefined;
      return { text: splice(text, word.start, word.start, '"'), start: word.start, end: word.start + 1 };
    },
  },
  'duplicate-line': {
    scope: 'article',
    inject(text, random) {
      const lines = text.split('\n');
      const candidates = lines.map((line, index) => [line, index] as const).filter(([line]) => line.trim().split(/\s+/).length >= 6);
      const chosen = pick(candidates, random);
      if (chosen === undefined) return undefined;
      const [line, index] = chosen;
      const start = lines.slice(0, index + 1).join('\n').length + 1;
      lines.splice(index + 1, 0, line);
      return { text: lines.join('\n'), start, end: start + line.length, repair: '' };
    },
  },
  'duplicate-sentence': {
    scope: 'paragraph',
    inject(text, random) {
      const sentences = text.match(/[^.!؟?]+[.!؟?]/g)?.map((sentence) => sentence.trim()).filter((sentence) => sentence.split(/\s+/).length >= 6) ?? [];
      const sentence = pick(sentences, random);
      if (sentence === undefined || !/[.!؟?]$/.test(text.trim())) return undefined;
      const base = text.trimEnd();
      return { text: `${base} ${sentence}`, start: base.length + 1, end: base.length + 1 + sentence.length, repair: '' };
    },
  },
  'persian-letters': {
    scope: 'paragraph',
    inject(text, random) {
      const word = pick(arabicWords(text).filter((candidate) => /[يك]/.test(candidate.text.slice(0, -1))), random);
      if (word === undefined) return undefined;
      const persian = word.text.slice(0, -1).replace(/ي/, 'ی').replace(/ك/, 'ک') + word.text.slice(-1);
      return { text: splice(text, word.start, word.end, persian), start: word.start, end: word.end, repair: word.text };
    },
  },
  'latin-punctuation': {
    scope: 'paragraph',
    inject(text, random) {
      const at = pick(offsetsOf(text, '،'), random);
      if (at === undefined) return undefined;
      return { text: splice(text, at, at + 1, ','), start: at, end: at + 1, repair: '،' };
    },
  },
  'space-before-punctuation': {
    scope: 'paragraph',
    inject(text, random) {
      const at = pick(offsetsOf(text, '،').filter((offset) => offset > 0 && text[offset - 1] !== ' '), random);
      if (at === undefined) return undefined;
      return { text: splice(text, at, at, ' '), start: at, end: at + 1, repair: '' };
    },
  },
  'missing-space-after-punctuation': {
    scope: 'paragraph',
    inject(text, random) {
      const at = pick(offsetsOf(text, '،').filter((offset) => text[offset + 1] === ' ' && /[\u0621-\u064A]/.test(text[offset + 2] ?? '') && /[\u0621-\u064A]/.test(text[offset - 1] ?? '')), random);
      if (at === undefined) return undefined;
      return { text: splice(text, at + 1, at + 2, ''), start: at, end: at + 1, repair: '، ' };
    },
  },
  'doubled-punctuation': {
    scope: 'paragraph',
    inject(text, random) {
      const at = pick(offsetsOf(text, '،'), random);
      if (at === undefined) return undefined;
      return { text: splice(text, at, at + 1, '،،'), start: at, end: at + 2, repair: '،' };
    },
  },
  tatweel: {
    scope: 'paragraph',
    inject(text, random) {
      const word = pick(arabicWords(text, 4).filter((candidate) => JOINING.test(candidate.text.slice(0, -1))), random);
      if (word === undefined) return undefined;
      const positions = [...word.text.slice(0, -1)].flatMap((letter, index) => (JOINING.test(letter) ? [index] : []));
      const at = (pick(positions, random) ?? 0) + 1;
      const stretched = `${word.text.slice(0, at)}ـ${word.text.slice(at)}`;
      return { text: splice(text, word.start, word.end, stretched), start: word.start, end: word.start + stretched.length, repair: word.text };
    },
  },
  'mixed-digits': {
    scope: 'article',
    inject(text, random) {
      const numbers = scanWords(text).filter((word) => word.kind === 'number' && /^[0-9]+$/.test(word.text) && !/[A-Za-z-]/.test(text[word.start - 1] ?? ''));
      if (numbers.length < 3) return undefined;
      const number = pick(numbers, random) as WordSpan;
      const indic = number.text.replace(/[0-9]/g, (digit) => String.fromCharCode(0x0660 + Number(digit)));
      return { text: splice(text, number.start, number.end, indic), start: number.start, end: number.end, repair: number.text };
    },
  },
  'double-space': {
    scope: 'paragraph',
    inject(text, random) {
      const at = pick(offsetsOf(text, ' ').filter((offset) => offset > 0 && text[offset - 1] !== ' ' && text[offset + 1] !== ' '), random);
      if (at === undefined) return undefined;
      return { text: splice(text, at, at, ' '), start: at, end: at + 2, repair: ' ' };
    },
  },
};
