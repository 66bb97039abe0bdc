/**
 * The shape every titled list of links on a page shares («اقرأ أيضاً», «قصص قد تهمك», the tags): a
 * landmark labelled by its heading, then the list. `name` is the block's class: the heading and the
 * list take `name__heading` and `name__list`, the heading's id `name-heading`.
 */
import type { ComponentChildren } from 'preact';

export interface ListBlockProps {
  /** The landmark: an aside inside the body, a section after it, a nav of links elsewhere. */
  as: 'aside' | 'section' | 'nav';
  name: string;
  heading: string;
  /** One per list item, each rendered inside its own <li>. */
  items: ComponentChildren[];
  /** Class of every <li>, when items need one. */
  itemClass?: string;
}

export function ListBlock({ as: Landmark, name, heading, items, itemClass }: ListBlockProps) {
  if (items.length === 0) return null;
  const headingId = `${name}-heading`;
  return (
    <Landmark class={name} aria-labelledby={headingId}>
      <h2 class={`${name}__heading`} id={headingId}>
        {heading}
      </h2>
      <ul class={`${name}__list`}>
        {items.map((item) => (
          <li class={itemClass}>{item}</li>
        ))}
      </ul>
    </Landmark>
  );
}
