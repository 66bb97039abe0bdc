/**
 * Gathers what the front page shows: the latest stories, the most read, and each section's newest.
 * A handful of statements whatever the number of sections: the latest page, the newest ids of every
 * section in one statement, then the chosen section stories by ids; and the most read.
 */
import { listNewestIdsBySection, type SectionCandidateRow } from '../articles/article-teaser.repository.ts';
import type { Queryable } from '../articles/article.repository.ts';
import { getNewestTeasers, getPublishedTeasersInOrder } from '../articles/article.service.ts';
import type { ArticleTeaser, Category } from '../articles/article.ts';
import { listMostViewedArticles } from '../most-read/article-views.repository.ts';
import { mostReadFromDay } from '../most-read/most-read.ts';
import { byContentVersionAndKey } from '../publishing/by-content-version.ts';
import { countStoriesOnce, getSectionsOnce } from './article-lists.ts';

export const SECTION_BLOCK_SIZE = 4;
export const MOST_READ_SIZE = 5;

export interface FrontPageContent {
  latest: ArticleTeaser[];
  total: number;
  mostRead: ArticleTeaser[];
  sections: { category: Category; articles: ArticleTeaser[] }[];
}

/**
 * The latest news and the section blocks are the same for every reader until an article is written, so
 * they are chosen once per content version (a render of the front page then reads only «الأكثر قراءة»,
 * which moves with views and no write); `latestCount` is the key.
 */
const loadFrontPageLists = byContentVersionAndKey(
  async (db: Queryable, latestCount: number) => {
    const [latest, total, categories] = await Promise.all([getNewestTeasers(db, { limit: latestCount, offset: 0 }), countStoriesOnce(db, {}), getSectionsOnce(db)]);
    // A story already in the latest news is not repeated in its section's block, nor in another section's
    // block: copies of one story (src/duplicates) filed under two sections count as that one story.
    const shown = new Set(latest.map((article) => article.duplicateOf ?? article.id));
    const inLatest = new Map<number, number>();
    for (const article of latest) if (article.category) inLatest.set(article.category.id, (inLatest.get(article.category.id) ?? 0) + 1);
    // Deep enough for a full block unless copies of shown stories crowd a section; when a section is left
    // short with more stories unread, every block is chosen again from as deep as the latest news reach.
    const depths = categories.map((category) => SECTION_BLOCK_SIZE + (inLatest.get(category.id) ?? 0) + 2);
    const ids = categories.map((category) => category.id);
    let chosen = chooseBlocks(ids, await listNewestIdsBySection(db, ids, depths), new Set(shown));
    if (chosen.short.some((id) => (chosen.read.get(id) ?? 0) >= (depths[ids.indexOf(id)] ?? 0))) {
      chosen = chooseBlocks(ids, await listNewestIdsBySection(db, ids, SECTION_BLOCK_SIZE + latestCount), new Set(shown));
    }
    // Section blocks show headlines only: no lede to read.
    const teasers = await getPublishedTeasersInOrder(db, [...chosen.blocks.values()].flat(), { withLede: false });
    const byId = new Map(teasers.map((teaser) => [teaser.id, teaser]));
    const sections = categories.map((category) => ({ category, articles: (chosen.blocks.get(category.id) ?? []).flatMap((id) => byId.get(id) ?? []) }));
    return { latest, total, sections: sections.filter((block) => block.articles.length > 0) };
  },
  (latestCount) => String(latestCount),
);

export async function loadFrontPage(db: Queryable, latestCount: number, now: Date): Promise<FrontPageContent> {
  const [lists, mostViewed] = await Promise.all([loadFrontPageLists(db, latestCount), listMostViewedArticles(db, mostReadFromDay(now), MOST_READ_SIZE)]);
  // «الأكثر قراءة» shows headlines only.
  const mostRead = await getPublishedTeasersInOrder(db, mostViewed.map((total) => total.articleId), { withLede: false });
  return { ...lists, mostRead };
}

/** Each section's block, in the sections' order, leaving out stories already shown; and which sections came out short. */
function chooseBlocks(sectionIds: number[], candidates: SectionCandidateRow[], shown: Set<number>) {
  const blocks = new Map<number, number[]>(sectionIds.map((id) => [id, []]));
  const read = new Map<number, number>();
  for (const candidate of candidates) {
    read.set(candidate.category_id, (read.get(candidate.category_id) ?? 0) + 1);
    const block = blocks.get(candidate.category_id);
    const story = candidate.duplicate_of ?? candidate.id;
    if (block === undefined || block.length >= SECTION_BLOCK_SIZE || shown.has(story)) continue;
    block.push(candidate.id);
    shown.add(story);
  }
  return { blocks, read, short: sectionIds.filter((id) => (blocks.get(id)?.length ?? 0) < SECTION_BLOCK_SIZE) };
}
