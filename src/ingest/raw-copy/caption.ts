/** Recognises a photo caption line by its shape: `sentence. [Place.] [date] - credit`. */
import { findArabicDate, type FoundDate } from '../../arabic/months.ts';
import type { ArticleImage } from '../parsed-article.ts';
import { isKnownAgency, isStrongCredit } from './agencies.ts';
import { countWords, hasLetter } from './text-shape.ts';

interface Credit {
  text: string;
  credit: string;
  /** An agency, a Latin-script name or a labelled credit: enough on its own to call the line a caption. */
  strong: boolean;
}

/** `… كازاخستان. تصوير: أحمد حسن`, `… (المصدر: رويترز)`: a credit label after a sentence boundary. */
const LABELLED = /(^|[.،,(|\-–—])\s*(?:تصوير|المصدر|مصدر الصورة|الصورة|حقوق الصورة|photo|credit|image)\s*[:：]\s*([^()]+?)\s*\)?\s*$/iu;
/**
 * A short credit in brackets closing the line: `(أ ف ب)`, `(Getty Images)`. Not `… وكالة الأنباء
 * السعودية (واس).`: a full stop after the bracket closes a sentence quoting its source, which is a lede.
 */
const BRACKETED = /\s*\(([^()]{1,60})\)\s*$/u;
/** The last ` - `, ` – ` or `—` of the line and what follows; a hyphen needs a space before it (`ب-52` is a word). */
const DASHED = /^(.*\S)(?:\s+-|\s*[–—])\s*(\S[^–—]*)$/u;
/** What may sit between caption parts and be dropped: spaces, dashes, bars, commas, an opening bracket. */
const LOOSE_END = /[\s\-–—|،,(]+$/u;
const DATE_TAIL = /^[\s.،,\-–—]*$/u;
const BOUNDARY_BEFORE_DATE = /(?:^|[.،,|:\-–—])\s*$/u;
const PLACE = /^(.*)([.،,])\s*([^.،,\d]+)$/u;

const MAX_CREDIT_WORDS = 5;
const MAX_CREDIT_LENGTH = 60;
const MAX_PLACE_WORDS = 3;
/** Captions run to a sentence or two; a longer line ending in `(أ ف ب)` is a lede quoting its agency. */
const MAX_CAPTION_WORDS = 40;

/** Short, and no sentence punctuation: full stops only inside (`twitter.com/SecBlinken`), for a final one closes a sentence. */
function looksLikeCredit(text: string): boolean {
  return (
    hasLetter(text) &&
    text.length <= MAX_CREDIT_LENGTH &&
    countWords(text) <= MAX_CREDIT_WORDS &&
    !/[!?؟:؛،,"“”«»]|\.$/u.test(text)
  );
}

/** A known agency standing alone after the caption's last sentence: `… في القمة. رويترز`. */
function splitTrailingAgency(line: string): Credit | null {
  const cut = line.lastIndexOf('. ');
  const agency = line.slice(cut + 2).trim();
  return cut > 0 && isKnownAgency(agency) && !agency.endsWith('.')
    ? { text: line.slice(0, cut + 1), credit: agency, strong: true }
    : null;
}

function splitCredit(line: string): Credit | null {
  const labelled = LABELLED.exec(line);
  const labelledCredit = labelled?.[2]?.replace(/\.$/u, '') ?? '';
  if (labelled !== null && looksLikeCredit(labelledCredit)) {
    // A full stop before the label ends the caption sentence and stays with it.
    const text = line.slice(0, labelled.index) + (labelled[1] === '.' ? '.' : '');
    return { text, credit: labelledCredit, strong: true };
  }
  const bracketed = BRACKETED.exec(line);
  if (bracketed !== null && isStrongCredit(bracketed[1] ?? '')) {
    return { text: line.slice(0, bracketed.index), credit: (bracketed[1] ?? '').trim(), strong: true };
  }
  const dashed = DASHED.exec(line);
  const dashedCredit = dashed?.[2]?.trim() ?? '';
  if (dashed !== null && looksLikeCredit(dashedCredit)) {
    return { text: dashed[1] ?? '', credit: dashedCredit, strong: isStrongCredit(dashedCredit) };
  }
  return splitTrailingAgency(line);
}

function lastDate(text: string): FoundDate | null {
  let last: FoundDate | null = null;
  for (let found = findArabicDate(text); found !== null; ) {
    last = found;
    const next = findArabicDate(text.slice(found.end));
    found = next === null ? null : { ...next, start: next.start + found.end, end: next.end + found.end };
  }
  return last;
}

/** A date closing the caption as a part of its own (`… أستانة. 28 فبراير 2023`), not inside a sentence (`في 28 فبراير 2023`). */
function splitDate(text: string): { text: string; date: string } | null {
  const found = lastDate(text);
  if (found === null || !DATE_TAIL.test(text.slice(found.end))) return null;
  const before = text.slice(0, found.start);
  return BOUNDARY_BEFORE_DATE.test(before) ? { text: before.replace(LOOSE_END, ''), date: found.isoDate } : null;
}

/** The short last part before a date: `… في كازاخستان. أستانة.` gives the place `أستانة`. */
function splitPlace(text: string): { text: string; place: string | null } {
  const match = PLACE.exec(text.replace(/[\s.]+$/u, ''));
  const place = match?.[3]?.trim() ?? '';
  if (match === null || !hasLetter(match[1] ?? '') || countWords(place) > MAX_PLACE_WORDS || !hasLetter(place)) {
    return { text, place: null };
  }
  return { text: `${match[1] ?? ''}${match[2] === '.' ? '.' : ''}`, place };
}

/**
 * The caption, credit, place and date of a line that reads as a photo caption, or null. A line is a
 * caption only when it ends in a strong credit, or in a date standing as its own part; a weaker
 * credit (an Arabic name after a dash) needs the date too. This keeps a lede from being taken for one.
 */
export function parseCaption(line: string): ArticleImage | null {
  const credit = splitCredit(line);
  const dated = splitDate(credit?.text ?? line);
  if (dated === null && (credit === null || !credit.strong)) return null;
  const { text, place } = dated === null ? { text: credit?.text ?? line, place: null } : splitPlace(dated.text);
  const caption = text.replace(LOOSE_END, '').trim();
  if (!hasLetter(caption) || countWords(caption) > MAX_CAPTION_WORDS) return null;
  return { caption, credit: credit?.credit ?? null, place, date: dated?.date ?? null };
}
