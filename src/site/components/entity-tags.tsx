/** The article's tags: its people, places and organizations, most named first, each linking to its tag page. */
import type { TagLinkView } from '../tag.presenter.ts';
import { strings } from '../strings.ts';

/** Beyond a dozen, tags stop helping a reader choose where to go next. */
const SHOWN = 12;

export function EntityTags({ tags }: { tags: TagLinkView[] }) {
  if (tags.length === 0) return null;
  return (
    <nav class="entity-tags" aria-labelledby="entity-tags-heading">
      <h2 id="entity-tags-heading" class="entity-tags__heading">
        {strings.entityTags}
      </h2>
      <ul class="entity-tags__list">
        {tags.slice(0, SHOWN).map((tag) => (
          <li>
            <a class={`entity-tag entity-tag--${tag.type.toLowerCase()}`} href={tag.path} rel="tag" title={tag.typeLabel}>
              {tag.name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
