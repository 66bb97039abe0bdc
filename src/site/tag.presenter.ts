/** Turns entity tags into what the site shows: tag links, and the tag page's companions and timeline. */
import { formatArabicMonth } from '../arabic/format-date.ts';
import type { TagType } from '../tags/entity.table.ts';
import { tagPath } from '../tags/tag-path.ts';
import type { EntityTag } from '../tags/tags.service.ts';
import { strings } from './strings.ts';

export interface TagLinkView {
  name: string;
  path: string;
  type: TagType;
  typeLabel: string;
}

export interface TimelineMonthView {
  month: string;
  label: string;
  count: number;
  /** Share of the busiest month, 0–100, for the bar. */
  percent: number;
}

export function presentTagLink(tag: EntityTag): TagLinkView {
  return { name: tag.name, path: tagPath(tag.slug), type: tag.type, typeLabel: strings.tagTypes[tag.type] };
}

export function presentTimeline(months: { month: string; count: number }[]): TimelineMonthView[] {
  const busiest = Math.max(1, ...months.map((month) => month.count));
  return months.map(({ month, count }) => ({ month, label: formatArabicMonth(month), count, percent: Math.max(2, Math.round((count / busiest) * 100)) }));
}
