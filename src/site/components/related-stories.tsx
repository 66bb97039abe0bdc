/** «قصص قد تهمك»: cards of related stories after the article (never those already in «اقرأ أيضاً»). */
import type { ArticleTeaserView } from '../article.presenter.ts';
import { strings } from '../strings.ts';

export function RelatedStories({ stories }: { stories: ArticleTeaserView[] }) {
  if (stories.length === 0) return null;
  return (
    <section class="related-stories" aria-labelledby="related-stories-heading">
      <h2 class="related-stories__heading" id="related-stories-heading">
        {strings.relatedStories}
      </h2>
      <ul class="related-stories__list">
        {stories.map((story) => (
          <li class="related-card">
            {story.category && <span class="kicker">{story.category.name}</span>}
            <h3 class="related-card__title">
              <a href={story.path}>{story.title}</a>
            </h3>
            <time class="related-card__date" dateTime={story.publishedAt}>
              {story.publishedLabel}
            </time>
          </li>
        ))}
      </ul>
    </section>
  );
}
