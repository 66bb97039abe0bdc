/** An import record turned into an article draft: its body structured into sections, its dateline split off. */
import type { ArticleDraft, ArticleSection, Dateline } from '../../articles/article.ts';
import { splitLedeDateline } from '../raw-copy/dateline.ts';
import { structureBody } from '../raw-copy/sections.ts';
import type { ImportRecord } from './import-record.ts';

function blankToNull(value: string | null | undefined): string | null {
  if (value == null) return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** Only web addresses are kept: a `javascript:` or relative URL from a feed must never become a link. */
function httpUrlOrNull(value: string | null | undefined): string | null {
  const text = blankToNull(value);
  if (text === null) return null;
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null;
  } catch {
    return null;
  }
}

/** Wire bodies often open with their dateline (`دبي، الإمارات (CNN) -- …`): it is shown apart, like a raw copy's. */
function splitDateline(sections: ArticleSection[]): { sections: ArticleSection[]; dateline: Dateline | null } {
  const [first, ...rest] = sections;
  const lede = first?.paragraphs[0];
  const split = lede === undefined ? null : splitLedeDateline(lede);
  if (!first || !split) return { sections, dateline: null };
  return { sections: [{ ...first, paragraphs: [split.rest, ...first.paragraphs.slice(1)] }, ...rest], dateline: split.dateline };
}

/** The record as an article draft, or null when its body holds no article text (empty, or page leftovers only). */
export function importRecordToDraft(
  record: ImportRecord,
  publishedAt: string | null,
  categoryId: number | null,
  importedAt: Date,
): ArticleDraft | null {
  const { sections, dateline } = splitDateline(structureBody(record.body.split('\n')));
  if (sections.length === 0) return null;
  const summary = blankToNull(record.abstract);
  const lede = sections[0]?.paragraphs[0];
  return {
    externalId: String(record.id).trim(),
    title: record.title.trim(),
    categoryId,
    source: blankToNull(record.source),
    sourceUrl: httpUrlOrNull(record.url),
    author: blankToNull(record.author),
    // A standfirst that only repeats the first paragraph adds nothing.
    summary: summary !== null && summary !== lede?.trim() ? summary : null,
    image: null,
    dateline,
    sections,
    publishedAt: publishedAt ?? importedAt.toISOString(),
  };
}
