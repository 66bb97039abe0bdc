/** «قصص قد تهمك»: cards of related stories after the article (never those already in «اقرأ أيضاً»). */
import type { RelatedCardView } from '../article.presenter.ts';
import { strings } from '../strings.ts';
import { ListBlock } from './list-block.tsx';

export function RelatedStories({ stories }: { stories: RelatedCardView[] }) {
  const cards = stories.map((story) => (
    <>
      {story.category && <span class="kicker">{story.category.name}</span>}
      <h3 class="related-card__title">
        <a href={story.path}>{story.title}</a>
      </h3>
      <time class="related-card__date" dateTime={story.publishedAt}>
        {story.publishedLabel}
      </time>
    </>
  ));
  return <ListBlock as="section" name="related-stories" heading={strings.relatedStories} items={cards} itemClass="related-card" />;
}
