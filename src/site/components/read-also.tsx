/**
 * «اقرأ أيضاً»: two or three links set inside the article body, where a reader pauses (after the
 * opening section, or after the third paragraph when the body has no subheadings).
 */
import type { RelatedLinkView } from '../article.presenter.ts';
import { strings } from '../strings.ts';
import { ListBlock } from './list-block.tsx';

export function ReadAlso({ links }: { links: RelatedLinkView[] }) {
  return <ListBlock as="aside" name="read-also" heading={strings.readAlso} items={links.map((link) => <a href={link.path}>{link.title}</a>)} />;
}

export interface ReadAlsoPlace {
  /** Index of the section the box follows; -1 for none. */
  section: number;
  /** Within that section, the box follows this many paragraphs (its whole length: after the section). */
  paragraphs: number;
}

/**
 * Where the box goes: after the opening section when a subheading follows it and it has two
 * paragraphs or more, else after the third paragraph, never after the last one of a longer body.
 */
export function readAlsoPlace(sections: { paragraphs: string[] }[]): ReadAlsoPlace {
  const first = sections[0];
  if (!first) return { section: -1, paragraphs: 0 };
  if (sections.length > 1 && first.paragraphs.length >= 2) return { section: 0, paragraphs: first.paragraphs.length };
  const total = sections.reduce((sum, section) => sum + section.paragraphs.length, 0);
  let remaining = total > 1 ? Math.min(3, total - 1) : total;
  for (const [index, section] of sections.entries()) {
    if (remaining <= section.paragraphs.length) return { section: index, paragraphs: remaining };
    remaining -= section.paragraphs.length;
  }
  return { section: sections.length - 1, paragraphs: sections[sections.length - 1]?.paragraphs.length ?? 0 };
}
