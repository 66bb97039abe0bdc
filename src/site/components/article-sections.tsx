/** The article's sections and paragraphs, with the «اقرأ أيضاً» box set inside them. */
import type { ArticleSection } from '../../articles/article.ts';
import type { RelatedLinkView } from '../article.presenter.ts';
import { ReadAlso, readAlsoPlace } from './read-also.tsx';

export function ArticleSections({ sections, readAlso }: { sections: ArticleSection[]; readAlso: RelatedLinkView[] }) {
  const place = readAlsoPlace(sections);
  return (
    <>
      {sections.map((section, index) => {
        const cut = index === place.section ? place.paragraphs : -1;
        return (
          <section>
            {section.heading && <h2>{section.heading}</h2>}
            {section.paragraphs.map((paragraph, paragraphIndex) => (
              <>
                <p>{paragraph}</p>
                {paragraphIndex + 1 === cut && <ReadAlso links={readAlso} />}
              </>
            ))}
          </section>
        );
      })}
    </>
  );
}
