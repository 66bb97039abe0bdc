/** Turns raw copy pasted from a news page (title, caption, dateline, body, page leftovers) into a parsed article. */
import type { ArticleImage, Dateline, ParsedArticle } from '../parsed-article.ts';
import { parseCaption } from './caption.ts';
import { parseDatelineLine, splitLedeDateline } from './dateline.ts';
import { dropLeftovers } from './leftovers.ts';
import { sameText, splitLines } from './lines.ts';
import { resolvePublishedAt } from './published-at.ts';
import { RawCopyError } from './raw-copy-error.ts';
import { groupSections } from './sections.ts';

export interface ParseRawCopyOptions {
  /** Explicit publication time from metadata; wins over the caption's date. */
  publishedAt?: string | Date;
}

interface Head {
  image: ArticleImage | null;
  dateline: Dateline | null;
  /** Index of the first body line in the lines after the title. */
  bodyStart: number;
}

function skipRepeats(lines: readonly string[], index: number, of: string): number {
  let next = index;
  while (next < lines.length && sameText(lines[next] ?? '', of)) next += 1;
  return next;
}

/**
 * Between title and body: an optional caption, then an optional dateline. Pages often print a caption
 * twice (image alt text and figcaption), and the title twice (heading and breadcrumb), so repeats are
 * skipped here. Not in the body: a paragraph written twice is the writer's to fix, and is kept.
 */
function readHead(lines: readonly string[], title: string): Head {
  let index = skipRepeats(lines, 0, title);
  const captionLine = lines[index] ?? '';
  // A line opening with a wire dateline (`دبي (CNN) -- …`) is the lede, whatever it ends with.
  const image = splitLedeDateline(captionLine) === null ? parseCaption(captionLine) : null;
  const afterCaption = skipRepeats(lines, index, captionLine);
  // `القاهرة – رويترز` and `صورة من القمة (رويترز)` both read as caption and as dateline: such a line
  // is the caption only when a dateline follows it.
  const isCaption =
    image !== null &&
    (parseDatelineLine(captionLine) === null || parseDatelineLine(lines[afterCaption] ?? '') !== null);
  if (isCaption) index = afterCaption;
  const dateline = parseDatelineLine(lines[index] ?? '');
  if (dateline !== null) index += 1;
  return { image: isCaption ? image : null, dateline, bodyStart: index };
}

/**
 * Parses raw copy. The title is the first line that is not page furniture; each further non-empty
 * line is one unit. Article text is kept exactly as written, typos included: only line ends are trimmed.
 * Throws RawCopyError when there is no article text, or when `publishedAt` is not a valid date.
 */
export function parseRawCopy(text: string, options: ParseRawCopyOptions = {}): ParsedArticle {
  const lines = splitLines(text);
  if (lines.length === 0) throw new RawCopyError('the copy is empty');
  const [title, ...rest] = dropLeftovers(lines);
  if (title === undefined) {
    throw new RawCopyError('the copy holds only page leftovers (share buttons, "read also" lists, tags), no article text');
  }
  const head = readHead(rest, title);
  const body = rest.slice(head.bodyStart);
  const [lede, ...more] = body;
  if (lede === undefined) throw new RawCopyError('the copy has a title but no article text');
  let dateline = head.dateline;
  let units = body;
  if (dateline === null) {
    const split = splitLedeDateline(lede);
    if (split !== null) {
      dateline = split.dateline;
      units = [split.rest, ...more];
    }
  }
  return {
    title,
    image: head.image,
    dateline,
    sections: groupSections(units),
    publishedAt: resolvePublishedAt(options.publishedAt, head.image?.date ?? null),
  };
}
