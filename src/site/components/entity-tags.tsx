/** The article's tags: its people, places and organizations, most named first, each linking to its tag page. */
import type { TagLinkView } from '../tag.presenter.ts';
import { strings } from '../strings.ts';
import { ListBlock } from './list-block.tsx';

/** Beyond a dozen, tags stop helping a reader choose where to go next. */
const SHOWN = 12;

export function EntityTags({ tags }: { tags: TagLinkView[] }) {
  const links = tags.slice(0, SHOWN).map((tag) => (
    <a class={`entity-tag entity-tag--${tag.type.toLowerCase()}`} href={tag.path} rel="tag" title={tag.typeLabel}>
      {tag.name}
    </a>
  ));
  return <ListBlock as="nav" name="entity-tags" heading={strings.entityTags} items={links} />;
}
