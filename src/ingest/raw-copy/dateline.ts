/** The dateline of wire copy: a line such as `دبي -الشرق` or `بيروت:`, or `القاهرة (رويترز) -` opening the lede. */
import type { Dateline } from '../parsed-article.ts';
import { isKnownAgency } from './agencies.ts';
import { countWords, hasLetter } from './text-shape.ts';

const DASHED_LINE = /^([^\-–—]+?)\s*[-–—]\s*([^\-–—]+)$/u;
const BRACKETED_LINE = /^([^()]+?)\s*\(([^()]+)\)$/u;
const TRAILING_COLON = /\s*[:：]$/u;
/** `القاهرة (رويترز) - قال…` or `القاهرة (رويترز): قال…` */
const BRACKETED_LEDE = /^([^()\-–—:]{1,40}?)\s*\(([^()]{1,30})\)\s*[-–—:：]\s*(\S.*)$/su;
/** `واشنطن - أ ف ب: أعلن…` */
const DASHED_LEDE = /^([^()\-–—:]{1,40}?)\s*[-–—]\s*([^()\-–—:]{1,30}?)\s*[:：]\s*(\S.*)$/su;
/** Quotes, digits and sentence punctuation never appear in a place name or an agency's short name. */
const NOT_IN_NAMES = /[\d.!?؟:؛،,"“”«»()]/u;

const MAX_PART_WORDS = 5;
/** A place alone on a line with a colon (`بيروت:`) is told from a short lede (`وقال المتحدث:`) by length only. */
const MAX_LONE_PLACE_WORDS = 3;
const MAX_LEDE_PLACE_WORDS = 3;

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

/**
 * Splits a dateline off the start of a lede, as wire copy writes it: `القاهرة (رويترز) - قال…`,
 * `واشنطن - أ ف ب: أعلن…`. Only a known agency counts as the source, so that a lede opening with
 * a bracket or a dash (`وقال المتحدث (الرسمي) - إن…`) is left whole; `بيروت - قال…` with no agency
 * is left whole too, since the place cannot be told from a sentence's subject without a gazetteer.
 */
export function splitLedeDateline(paragraph: string): { dateline: Dateline; rest: string } | null {
  const parts = BRACKETED_LEDE.exec(paragraph) ?? DASHED_LEDE.exec(paragraph);
  if (parts === null) return null;
  const place = (parts[1] ?? '').trim();
  const source = (parts[2] ?? '').trim();
  const rest = (parts[3] ?? '').trim();
  if (!isName(place, MAX_LEDE_PLACE_WORDS) || !isKnownAgency(source) || !hasLetter(rest)) return null;
  return { dateline: { place, source }, rest };
}
