/** Drops page furniture copied along with an article, matching whole lines on normalized text only. */
import {
  EXACT_LEFTOVERS,
  LABEL_PREFIXES,
  LIST_HEADERS,
  NOTICE_OPENINGS,
  RIGHTS_RESERVED,
  SHARE_CONNECTORS,
  SHARE_TARGETS,
  SHARE_VERBS,
  TIMESTAMP_LABELS,
} from './leftover-patterns.ts';
import { alternation, comparisonKey } from './pattern-text.ts';
import { countWords, hasAtMostWords, isHeadlineShaped, isWhitespaceCode, trimCodes } from './text-shape.ts';
import { isTimestamp } from './timestamps.ts';

/** Bullets, arrows and punctuation around a button label: `اقرأ أيضاً:` and `» المزيد` are the labels themselves (and whitespace). */
const EDGE_MARKS = new Set([...'•·▪►▶◄◀*>»›<«‹←→⬅|:：.…!؟?،,؛-–—'].map((mark) => mark.charCodeAt(0)));
const isEdgeMark = (code: number) => EDGE_MARKS.has(code) || isWhitespaceCode(code);

const EXACT = new Set(EXACT_LEFTOVERS.map(comparisonKey));
const LIST = new Set(LIST_HEADERS.map(comparisonKey));
const SHARE = new RegExp(
  `^(?:(?:${alternation(SHARE_VERBS)})(?: (?:${alternation(SHARE_CONNECTORS)}))? )?(?:${alternation(SHARE_TARGETS)})$`,
  'u',
);
/** `اقرأ أيضاً: عنوان آخر`, `وسوم: روسيا، أوكرانيا`: a label, a colon, then a list or a headline. */
const LABELLED = new RegExp(`^(?:${alternation(LABEL_PREFIXES)}) ?[:：]`, 'u');
const NOTICE = new RegExp(`^(?:${alternation(NOTICE_OPENINGS)})(?: |$)`, 'u');
const TIMESTAMP_LABEL = new RegExp(`^(?:${alternation(TIMESTAMP_LABELS)})(?: ?[:：])?(?: (.*))?$`, 'u');
const READING_TIME = /^(?:\d+ )?(?:دقيقة|دقيقتان|دقيقتين|دقائق) (?:للقراءة|قراءة)$|^(?:وقت|مدة) القراءة(?: |:|$)/u;
const BREADCRUMB = /^(?:الرئيسية|الرئيسيه|home) ?[>›»/|]/u;
const RIGHTS = alternation(RIGHTS_RESERVED);
/** A copyright notice: a © sign, or a rights-reserved phrase opening or closing the line. */
const COPYRIGHT = new RegExp(`©|^\\(c\\)|^copyright|^(?:${RIGHTS})|(?:${RIGHTS})$`, 'u');

const MAX_LABELLED_WORDS = 25;
const MAX_NOTICE_WORDS = 30;
/** No rule matches a longer line, so a paragraph is let through without normalizing it: bulk imports are mostly paragraphs. */
const MAX_LEFTOVER_WORDS = MAX_NOTICE_WORDS;
const MAX_COPYRIGHT_WORDS = 12;
/** Related-story titles run longer than subheadings; this bounds what the tail rule may sweep away. */
const MAX_TAIL_HEADLINE_WORDS = 20;

/** The comparison key without the edge marks at either end (every mark is one UTF-16 code unit). */
function keyOf(line: string): string {
  return trimCodes(comparisonKey(line), isEdgeMark);
}

/** True when the whole line is page furniture. A sentence that merely contains such words is kept. */
export function isLeftover(line: string): boolean {
  if (!hasAtMostWords(line, MAX_LEFTOVER_WORDS)) return false;
  const key = keyOf(line);
  if (key === '') return true;
  if (EXACT.has(key) || SHARE.test(key) || READING_TIME.test(key) || BREADCRUMB.test(key) || isTimestamp(key)) return true;
  const words = countWords(key);
  if (LABELLED.test(key)) return words <= MAX_LABELLED_WORDS;
  if (NOTICE.test(key)) return words <= MAX_NOTICE_WORDS;
  if (COPYRIGHT.test(key)) return words <= MAX_COPYRIGHT_WORDS;
  const stamped = TIMESTAMP_LABEL.exec(key);
  return stamped !== null && (stamped[1] === undefined || isTimestamp(stamped[1]));
}

function opensList(line: string): boolean {
  const key = keyOf(line);
  return LIST.has(key) || LABELLED.test(key);
}

/**
 * Where the related-stories tail starts: the earliest list header (`قصص قد تهمك`, `الأكثر قراءة`)
 * after which nothing but furniture and headline-like lines follow. Their titles are not leftovers
 * one by one, but after such a header at the very end they cannot be article text. A header in the
 * middle of the article only drops its own line: what follows may be a subheading.
 */
function tailStart(lines: readonly string[]): number {
  let start = lines.length;
  for (let index = lines.length - 1; index >= 0; index -= 1) {
    const line = lines[index] ?? '';
    if (opensList(line)) start = index;
    else if (!isLeftover(line) && !isHeadlineShaped(line, MAX_TAIL_HEADLINE_WORDS)) break;
  }
  return start;
}

/** The lines without page furniture; the input lines are expected trimmed and non-empty (see splitLines). */
export function dropLeftovers(lines: readonly string[]): string[] {
  return lines.slice(0, tailStart(lines)).filter((line) => !isLeftover(line));
}
