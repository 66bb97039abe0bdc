import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertCategory } from '../articles/article.repository.ts';
import { getCategories, getLatestArticles, getNewestArticles } from '../articles/article.service.ts';
import type { OpenedDatabase } from '../db/open-database.ts';
import { seededRandom } from '../lib/seeded-random.ts';
import { storeArticle } from '../publishing/store-article.ts';
import { buildArticleDraft } from '../test-support/article-factory.ts';
import { createTestDatabase } from '../test-support/test-database.ts';
import { loadFrontPage, SECTION_BLOCK_SIZE } from './front-page.ts';

/** The blocks as the front page first chose them: a full read of each section, one statement per section. */
async function blocksReadSectionBySection(opened: OpenedDatabase, latestCount: number): Promise<number[][]> {
  const latest = await getLatestArticles(opened.db, { limit: latestCount, offset: 0 });
  const shown = new Set(latest.articles.map((article) => article.duplicateOf ?? article.id));
  const blocks: number[][] = [];
  for (const category of await getCategories(opened.db)) {
    const newest = await getNewestArticles(opened.db, SECTION_BLOCK_SIZE + latestCount, { categoryId: category.id });
    const block = newest.filter((article) => !shown.has(article.duplicateOf ?? article.id)).slice(0, SECTION_BLOCK_SIZE);
    for (const article of block) shown.add(article.duplicateOf ?? article.id);
    if (block.length > 0) blocks.push(block.map((article) => article.id));
  }
  return blocks;
}

async function frontPageBlocks(opened: OpenedDatabase, latestCount: number): Promise<number[][]> {
  const front = await loadFrontPage(opened.db, latestCount, new Date('2024-01-02T00:00:00Z'));
  return front.sections.map((section) => section.articles.map((article) => article.id));
}

describe('front page section blocks', () => {
  let opened: OpenedDatabase;
  let sections: number[];
  let minute = 0;
  const store = async (categoryId: number) => (await storeArticle(opened.db, buildArticleDraft({ categoryId, publishedAt: new Date(Date.UTC(2024, 0, 1, 0, (minute += 1))).toISOString() }))).id;
  const markCopy = (id: number, of: number) => opened.db.updateTable('articles').set({ duplicate_of: of }).where('id', '=', id).execute();

  beforeEach(async () => {
    opened = await createTestDatabase();
    sections = [];
    for (const [slug, name] of [['world', 'العالم'], ['economy', 'اقتصاد'], ['sport', 'رياضة']] as const) sections.push(await insertCategory(opened.db, { slug, name }));
  });
  afterEach(() => opened.close());

  it('reads deeper when copies of the latest stories crowd a section, and chooses what a full read of each section chooses', async () => {
    const [world = 0, economy = 0, sport = 0] = sections;
    for (let i = 0; i < 6; i += 1) await store(economy);
    for (let i = 0; i < 6; i += 1) await store(sport);
    // The five latest stories are filed under «العالم»; a copy of each, filed under «اقتصاد», is newer than every other economy story.
    const originals = [];
    for (let i = 0; i < 5; i += 1) originals.push(await store(world));
    for (const original of originals) await markCopy(await store(economy), original);
    const expected = await blocksReadSectionBySection(opened, 5);
    expect(expected[0]).toHaveLength(SECTION_BLOCK_SIZE);
    expect(await frontPageBlocks(opened, 5)).toEqual(expected);
  });

  it('matches a full read of each section on random sections and copies', async () => {
    const random = seededRandom(20261128);
    const ids: number[] = [];
    for (let i = 0; i < 90; i += 1) {
      const id = await store(sections[Math.floor(random() * sections.length)] ?? 0);
      const earlier = ids[Math.floor(random() * ids.length)];
      if (earlier !== undefined && random() < 0.3) await markCopy(id, earlier);
      ids.push(id);
    }
    for (const latestCount of [1, 3, 8, 20]) expect(await frontPageBlocks(opened, latestCount)).toEqual(await blocksReadSectionBySection(opened, latestCount));
  });
});
