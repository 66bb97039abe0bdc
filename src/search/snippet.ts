/**
 * Snippets and highlights in the ORIGINAL text: words are matched through the analyzer, so the query
 * `العقوبات` marks `عقوبات` and `بكازاخستان` is marked for `كازاخستان`. Output is escaped HTML.
 */
import { analyze, type AnalyzedToken } from '../arabic/analyze.ts';
import { foldTehMarbuta, withoutProclitic } from '../arabic/light-stem.ts';
import { normalizeArabic } from '../arabic/normalize.ts';
import type { ParsedQuery } from './parse-search-query.ts';

const DEFAULT_SNIPPET_LENGTH = 220;
/** Text kept before the first match, so a snippet does not open on the matched word. */
const LEAD_IN = 40;
const ELLIPSIS = '…';

const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character] ?? character);
}

interface Mark {
  start: number;
  end: number;
  /** Which query word or phrase this is, so a window can count distinct ones. */
  group: number;
}

/**
 * The stretches of `text` that the query matches, in order: a word matches as the index matches it,
 * by its stem, its plain form, or its stem read without a preposition (`بكازاخستان` for `كازاخستان`).
 */
export function findQueryMarks(text: string, query: ParsedQuery): Mark[] {
  const tokens = analyze(text);
  const groupOf = new Map<string, number>();
  query.words.forEach((word, index) => {
    for (const form of [...word.stems, word.plain]) if (!groupOf.has(form)) groupOf.set(form, index);
  });
  const marks: (Mark | undefined)[] = tokens.map((token) => {
    const stripped = token.kind === 'arabic' ? withoutProclitic(token.term) : null;
    const group = groupOf.get(token.term) ?? (stripped === null ? undefined : groupOf.get(stripped)) ?? groupOf.get(token.plain);
    return group === undefined ? undefined : { start: token.start, end: token.end, group };
  });
  query.phrases.forEach((phrase, index) => markPhrase(tokens, phrase, query.words.length + index, marks));
  return marks.filter((mark): mark is Mark => mark !== undefined);
}

function markPhrase(tokens: AnalyzedToken[], phrase: string[], group: number, marks: (Mark | undefined)[]): void {
  for (let start = 0; start + phrase.length <= tokens.length; start += 1) {
    if (!phrase.every((term, offset) => tokens[start + offset]?.term === term)) continue;
    for (let offset = 0; offset < phrase.length; offset += 1) {
      const token = tokens[start + offset];
      if (token) marks[start + offset] = { start: token.start, end: token.end, group };
    }
  }
}

/** `text[from, to)` escaped, with the marks inside it wrapped in <mark>; marks apart only by spaces join. */
function renderMarked(text: string, marks: Mark[], from: number, to: number): string {
  let html = '';
  let cursor = from;
  let index = 0;
  const inside = marks.filter((mark) => mark.start >= from && mark.end <= to);
  while (index < inside.length) {
    const first = inside[index] as Mark;
    let end = first.end;
    index += 1;
    while (index < inside.length && /^\s*$/u.test(text.slice(end, (inside[index] as Mark).start))) {
      end = (inside[index] as Mark).end;
      index += 1;
    }
    html += `${escapeHtml(text.slice(cursor, first.start))}<mark>${escapeHtml(text.slice(first.start, end))}</mark>`;
    cursor = end;
  }
  return html + escapeHtml(text.slice(cursor, to));
}

/** The whole text, escaped, with the query's matches marked (for titles). */
export function highlightText(text: string, query: ParsedQuery): string {
  return renderMarked(text, findQueryMarks(text, query), 0, text.length);
}

function distinctGroups(marks: Mark[]): number {
  return new Set(marks.map((mark) => mark.group)).size;
}

/** Moves an offset back to the start of the word it falls in, so no word is cut. */
function wordStart(text: string, offset: number): number {
  let position = Math.max(0, offset);
  while (position > 0 && !/\s/u.test(text[position - 1] ?? '')) position -= 1;
  return position;
}

/** Moves a window end back to the space before the word it falls in, unless that leaves nothing after `from`. */
function wordEnd(text: string, from: number, offset: number): number {
  if (offset >= text.length) return text.length;
  let position = offset;
  while (position > from && !/\s/u.test(text[position] ?? '')) position -= 1;
  return position > from ? position : offset;
}

/** The window of `length` characters with the most distinct matches, then the most matches. */
function bestWindow(text: string, marks: Mark[], length: number): { from: number; to: number } {
  if (text.length <= length) return { from: 0, to: text.length };
  let best = { from: 0, score: -1 };
  for (const anchor of marks) {
    const from = wordStart(text, Math.min(anchor.start - LEAD_IN, text.length - length));
    const within = marks.filter((mark) => mark.start >= from && mark.end <= from + length);
    const score = distinctGroups(within) * 1000 + within.length;
    if (score > best.score) best = { from, score };
  }
  const to = wordEnd(text, best.from, best.from + length);
  return { from: best.from, to };
}

const ARABIC_LETTERS_ONLY = /^[\u0621-\u064A]+$/u;

/**
 * What a paragraph must contain, once normalized, to hold a match: one of the forms of the query's words
 * and phrases; null when some form is not plain Arabic letters (a Latin word or a number, which the
 * analyzer folds otherwise), and then every paragraph is analyzed. An Arabic word matches by its stem,
 * its plain form or its stem without a preposition, and each of these is a stretch of the word as
 * `normalizeArabic` and `foldTehMarbuta` leave it (the light stemmer only cuts letters off the ends),
 * so a paragraph whose normalized text holds none of the forms has no match and is not analyzed.
 */
function requiredForms(query: ParsedQuery): string[] | null {
  const forms = [...query.words.flatMap((word) => [...word.stems, word.plain]), ...query.phrases.flat()].filter((form) => form !== '');
  return forms.every((form) => ARABIC_LETTERS_ONLY.test(form)) ? [...new Set(forms)] : null;
}

function mayMatch(text: string, forms: string[] | null): boolean {
  if (forms === null) return true;
  const normalized = foldTehMarbuta(normalizeArabic(text));
  return forms.some((form) => normalized.includes(form));
}

/**
 * A snippet from the paragraph (or subheading) that matches most of the query, cut to about
 * `length` characters around its matches; the first paragraph when nothing matches (a title-only hit).
 * Only the paragraphs that may hold a match are analyzed (most of a long article's do not).
 */
export function buildSnippet(paragraphs: string[], query: ParsedQuery, length = DEFAULT_SNIPPET_LENGTH): string {
  const texts = paragraphs.map((paragraph) => paragraph.trim()).filter((paragraph) => paragraph !== '');
  const forms = requiredForms(query);
  let chosen = { text: texts[0] ?? '', marks: [] as Mark[], score: 0 };
  for (const text of texts) {
    if (!mayMatch(text, forms)) continue;
    const marks = findQueryMarks(text, query);
    const score = distinctGroups(marks) * 1000 + marks.length;
    if (score > chosen.score) chosen = { text, marks, score };
  }
  const { text, marks } = chosen;
  const { from, to } = bestWindow(text, marks, length);
  return `${from > 0 ? ELLIPSIS : ''}${renderMarked(text, marks, from, to).trim()}${to < text.length ? ELLIPSIS : ''}`;
}
