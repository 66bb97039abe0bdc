/** Gathers what the front page shows: the latest articles, the most read, and each section's newest. */
import type { Queryable } from '../articles/article.repository.ts';
import { getCategories, getLatestArticles, getNewestArticles } from '../articles/article.service.ts';
import type { Article, Category } from '../articles/article.ts';
import { getMostReadArticles } from '../most-read/most-read.ts';

export const SECTION_BLOCK_SIZE = 4;
export const MOST_READ_SIZE = 5;

export interface FrontPageContent {
  latest: Article[];
  total: number;
  mostRead: Article[];
  sections: { category: Category; articles: Article[] }[];
}

export async function loadFrontPage(db: Queryable, latestCount: number, now: Date): Promise<FrontPageContent> {
  const [latest, mostRead, categories] = await Promise.all([
    getLatestArticles(db, { limit: latestCount, offset: 0 }),
    getMostReadArticles(db, now, MOST_READ_SIZE),
    getCategories(db),
  ]);
  // A story already in the latest news is not repeated in its section's block, nor in another section's
  // block: copies of one story (src/duplicates) filed under two sections count as that one story.
  const storyOf = (article: Article) => article.duplicateOf ?? article.id;
  const shown = new Set(latest.articles.map(storyOf));
  const newestBySection = await Promise.all(
    categories.map(async (category) => ({ category, newest: await getNewestArticles(db, SECTION_BLOCK_SIZE + latestCount, { categoryId: category.id }) })),
  );
  const sections = newestBySection.map(({ category, newest }) => {
    const articles = newest.filter((article) => !shown.has(storyOf(article))).slice(0, SECTION_BLOCK_SIZE);
    for (const article of articles) shown.add(storyOf(article));
    return { category, articles };
  });
  return { latest: latest.articles, total: latest.total, mostRead, sections: sections.filter((block) => block.articles.length > 0) };
}
