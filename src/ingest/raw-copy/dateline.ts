/** The dateline of wire copy: a line such as `دبي -الشرق` or `بيروت:`, or `القاهرة (رويترز) -` opening the lede. */
import type { Dateline } from '../parsed-article.ts';
import { isKnownAgency, isStrongCredit } from './agencies.ts';
import { countWords, hasLetter } from './text-shape.ts';

const DASHED_LINE = /^([^\-–—]+?)\s*[-–—]\s*([^\-–—]+)$/u;
const BRACKETED_LINE = /^([^()]+?)\s*\(([^()]+)\)$/u;
const TRAILING_COLON = /\s*[:：]$/u;
/** `القاهرة (رويترز) - قال…`, `القاهرة (رويترز): قال…`, CNN's `دبي، الإمارات العربية المتحدة (CNN) -- أعلن…` */
const BRACKETED_LEDE = /^([^()\-–—:]{1,60}?)\s*\(([^()]{1,30})\)\s*[-–—:：]+\s*(\S.*)$/su;
/** `واشنطن - أ ف ب: أعلن…` */
const DASHED_LEDE = /^([^()\-–—:]{1,60}?)\s*[-–—]\s*([^()\-–—:]{1,30}?)\s*[:：]\s*(\S.*)$/su;
/** Quotes, digits and sentence punctuation never appear in a place name or an agency's short name. */
const NOT_IN_NAMES = /[\d.!?؟:؛،,"“”«»()]/u;

const MAX_PART_WORDS = 5;
/** A place alone on a line with a colon (`بيروت:`) is told from a short lede (`وقال المتحدث:`) by length only. */
const MAX_LONE_PLACE_WORDS = 3;
/** `دبي، الإمارات العربية المتحدة`: a city and its country. */
const MAX_LEDE_PLACE_WORDS = 5;
const PLACE_PARTS = /\s*[،,]\s*/u;

function isName(text: string, maxWords: number): boolean {
  return hasLetter(text) && !NOT_IN_NAMES.test(text) && countWords(text) <= maxWords;
}

/** Sources are agencies or outlets; `أ.ف.ب` is the one kind of name with full stops. */
function isSource(text: string): boolean {
  return isKnownAgency(text) || isName(text, MAX_PART_WORDS);
}

/** A dateline standing on its own line, or null. */
export function parseDatelineLine(line: string): Dateline | null {
  const hasColon = TRAILING_COLON.test(line);
  const text = line.replace(TRAILING_COLON, '');
  const parts = DASHED_LINE.exec(text) ?? BRACKETED_LINE.exec(text);
  if (parts !== null) {
    const place = (parts[1] ?? '').trim();
    const source = (parts[2] ?? '').trim();
    return isName(place, MAX_PART_WORDS) && isSource(source) ? { place, source } : null;
  }
  return hasColon && isName(text, MAX_LONE_PLACE_WORDS) ? { place: text, source: null } : null;
}

/** A place as a lede's dateline gives it: a city, or a city and its country after a comma. */
function isLedePlace(text: string): boolean {
  const parts = text.split(PLACE_PARTS);
  return parts.length <= 2 && parts.every((part) => isName(part, MAX_PART_WORDS)) && countWords(text) <= MAX_LEDE_PLACE_WORDS;
}

/**
 * Splits a dateline off the start of a lede, as wire copy writes it: `القاهرة (رويترز) - قال…`,
 * `دبي، الإمارات العربية المتحدة (CNN) -- أعلن…`, `واشنطن - أ ف ب: أعلن…`. The source must be a known
 * agency or a Latin-script name, so that a lede opening with a bracket or a dash (`وقال المتحدث (الرسمي)
 * - إن…`) is left whole; `بيروت - قال…` with no source is left whole too, since the place cannot be
 * told from a sentence's subject without a gazetteer.
 */
export function splitLedeDateline(paragraph: string): { dateline: Dateline; rest: string } | null {
  const parts = BRACKETED_LEDE.exec(paragraph) ?? DASHED_LEDE.exec(paragraph);
  if (parts === null) return null;
  const place = (parts[1] ?? '').trim();
  const source = (parts[2] ?? '').trim();
  const rest = (parts[3] ?? '').trim();
  if (!isLedePlace(place) || !isStrongCredit(source) || !hasLetter(rest)) return null;
  return { dateline: { place, source }, rest };
}
