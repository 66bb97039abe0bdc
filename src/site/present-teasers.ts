/** Teasers for a list of articles, with the lead images of those that have one (one query for the list). */
import type { Queryable } from '../articles/article.repository.ts';
import type { Article, ArticleTeaser } from '../articles/article.ts';
import { findArticleImages } from '../images/article-image.repository.ts';
import { presentArticleTeaser, type ArticleTeaserView, type PresenterContext } from './article.presenter.ts';

export async function presentTeasersWithPhotos(db: Queryable, articles: (Article | ArticleTeaser)[], context: PresenterContext): Promise<ArticleTeaserView[]> {
  const images = await findArticleImages(
    db,
    articles.map((article) => article.id),
  );
  return articles.map((article) => presentArticleTeaser(article, context, images.get(article.id)));
}
