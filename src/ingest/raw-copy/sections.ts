/** Groups body lines into sections under their subheadings; the JSONL importer reuses it on plain bodies. */
import type { ArticleSection } from '../parsed-article.ts';
import { dropLeftovers } from './leftovers.ts';
import { splitLines } from './lines.ts';
import { isHeadlineShaped } from './text-shape.ts';

const MAX_HEADING_WORDS = 10;
/** Bulleted lines are list items, however short. */
const LIST_ITEM = /^[-–—•·▪*►]/u;
const ENDS_WITH_COLON = /[:：]$/u;

function isShort(line: string): boolean {
  return isHeadlineShaped(line, MAX_HEADING_WORDS);
}

/**
 * A subheading is a short line without closing punctuation that stands between two paragraphs. Its
 * neighbours decide as much as its shape: after a line ending in a colon it is a list item or a quote,
 * next to another short line it is part of a list, and the first and last lines are never subheadings
 * (copy opens with its lede; a short last line is a sign-off or a stray).
 */
function isSubheading(lines: readonly string[], index: number): boolean {
  const line = lines[index];
  const previous = lines[index - 1];
  const next = lines[index + 1];
  if (line === undefined || previous === undefined || next === undefined) return false;
  return (
    isShort(line) && !LIST_ITEM.test(line) && !isShort(previous) && !ENDS_WITH_COLON.test(previous) && !isShort(next)
  );
}

/** Sections from lines already cleaned and rid of leftovers; the first holds what precedes any subheading. */
export function groupSections(lines: readonly string[]): ArticleSection[] {
  const sections: ArticleSection[] = [];
  let current: ArticleSection | undefined;
  lines.forEach((line, index) => {
    if (isSubheading(lines, index)) {
      current = { heading: line, paragraphs: [] };
      sections.push(current);
      return;
    }
    if (current === undefined) {
      current = { heading: null, paragraphs: [] };
      sections.push(current);
    }
    current.paragraphs.push(line);
  });
  return sections;
}

/**
 * The sections of a body given as lines (blank lines allowed, each non-empty line a paragraph), with
 * page leftovers dropped. An empty result means the body holds no article text.
 */
export function structureBody(lines: readonly string[]): ArticleSection[] {
  return groupSections(dropLeftovers(lines.flatMap(splitLines)));
}
