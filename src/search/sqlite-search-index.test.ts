import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertArticle, insertCategory } from '../articles/article.repository.ts';
import { toNewArticleRow } from '../articles/article-mapper.ts';
import type { ArticleDraft } from '../articles/article.ts';
import type { OpenedDatabase } from '../db/open-database.ts';
import { buildArticleDraft } from '../test-support/article-factory.ts';
import { createTestDatabase } from '../test-support/test-database.ts';
import type { SearchIndex, SearchQuery } from './search-index.ts';
import { createSqliteSearchIndex } from './sqlite-search-index.ts';
import { syncSearchIndex } from './sync-search-index.ts';

const NOW = new Date('2024-06-01T12:00:00Z');

/** Every engine runs the same suite; PostgreSQL joins this list when it exists. */
const engines: [string, () => SearchIndex][] = [['SQLite FTS5', () => createSqliteSearchIndex({ now: () => NOW })]];

describe.each(engines)('%s search index', (_engine, createIndex) => {
  let opened: OpenedDatabase;
  let index: SearchIndex;

  beforeEach(async () => {
    opened = await createTestDatabase();
    index = createIndex();
  });
  afterEach(async () => {
    await opened.close();
  });

  const paragraphs = (...texts: string[]) => [{ heading: null, paragraphs: texts }];

  async function add(title: string, body: string[], overrides: Partial<ArticleDraft> = {}): Promise<number> {
    const draft = buildArticleDraft({ title, sections: paragraphs(...body), ...overrides });
    return opened.db.transaction().execute(async (trx) => {
      const id = await insertArticle(trx, toNewArticleRow(draft, NOW));
      await syncSearchIndex(trx, [id], index);
      return id;
    });
  }

  const search = (text: string, options: Partial<SearchQuery> = {}) => index.search(opened.db, { text, limit: 10, offset: 0, ...options });
  const ids = async (text: string, options: Partial<SearchQuery> = {}) => (await search(text, options)).hits.map((hit) => hit.id);

  describe('Arabic matching (issue 3, section 5)', () => {
    it.each([
      ['a preposition written onto a name', 'كازاخستان', 'وصل الوزير بكازاخستان أمس'],
      ['a hamza the query leaves out', 'اوكرانيا', 'الحرب في أوكرانيا مستمرة'],
      ['the plural with the article', 'العقوبات', 'فرضت واشنطن عقوبات جديدة'],
      ['the plural without the article', 'عقوبات', 'رفعت أوروبا العقوبات عن الشركة'],
      ['aid with the article', 'المساعدات', 'وصلت مساعدات إنسانية إلى غزة'],
      ['aid without the article', 'مساعدات', 'أعلنت المساعدات الأميركية للمنطقة'],
      ['harakat in the query', 'العُقُوبَات', 'فرضت واشنطن عقوبات جديدة'],
      ['harakat in the text', 'العقوبات', 'فَرَضَتْ واشنطن عُقُوبَاتٍ جديدة'],
      ['tatweel in the query', 'الـعـقـوبـات', 'فرضت واشنطن عقوبات جديدة'],
      ['tatweel in the text', 'العقوبات', 'فرضت واشنطن الـعـقـوبـات'],
      ['Eastern Arabic digits', '2023', 'في فبراير ٢٠٢٣ وصل الوزير'],
    ])('%s: %s finds "%s"', async (_name, query, text) => {
      const id = await add('خبر', [text]);
      await add('خبر آخر', ['لا علاقة لهذا النص بالموضوع']);
      expect(await ids(query)).toEqual([id]);
    });

    it('matches "الولايات المتحدة" as a phrase, not as two words anywhere', async () => {
      const phrase = await add('خبر', ['قالت الولايات المتحدة إنها سترسل أسلحة']);
      await add('خبر', ['أعلنت الولايات الشمالية أن الحكومة المتحدة ستجتمع']);
      expect(await ids('"الولايات المتحدة"')).toEqual([phrase]);
      expect(await ids('«الولايات المتحدة»')).toEqual([phrase]);
    });

    it('keeps short words apart: كين does not find بكين', async () => {
      await add('خبر', ['وصل بلينكن إلى بكين']);
      expect(await ids('كين')).toEqual([]);
    });

    it('finds الوزير for وزير and وزير for الوزير, though Light10 reads the first و of وزير as a conjunction', async () => {
      const bare = await add('خبر', ['وزير الخارجية في جولة']);
      const definite = await add('خبر', ['وصل الوزير أمس']);
      expect((await ids('وزير')).sort()).toEqual([bare, definite].sort());
      expect((await ids('الوزير')).sort()).toEqual([bare, definite].sort());
    });
  });

  describe('ranking', () => {
    it('ranks articles with all the words first, then those with most of them, and never returns nothing for one missing word', async () => {
      const one = await add('بلينكن بلينكن بلينكن', ['بلينكن بلينكن بلينكن بلينكن في جولة آسيوية']);
      const two = await add('خبر', ['بلينكن في كازاخستان']);
      const three = await add('خبر', ['زار بلينكن كازاخستان وأوزبكستان']);
      const result = await search('بلينكن كازاخستان أوزبكستان');
      expect(result.hits.map((hit) => hit.id)).toEqual([three, two, one]);
      expect(result.total).toBe(3);
      const missingOne = await ids('بلينكن كازاخستان طاجيكستان');
      expect(missingOne.slice(0, 2).sort()).toEqual([two, three].sort());
      expect(missingOne[2]).toBe(one);
    });

    it('fills a page with articles one word short of all before scoring any word alone, and pages on to the rest', async () => {
      const one = await add('بلينكن بلينكن بلينكن', ['بلينكن بلينكن بلينكن بلينكن في جولة آسيوية']);
      const two = await add('خبر', ['بلينكن في كازاخستان']);
      const three = await add('خبر', ['زار بلينكن كازاخستان وأوزبكستان']);
      const firstPage = await search('بلينكن كازاخستان أوزبكستان', { limit: 2 });
      expect(firstPage.hits.map((hit) => hit.id)).toEqual([three, two]);
      expect(firstPage.total).toBe(3);
      expect(await ids('بلينكن كازاخستان أوزبكستان', { limit: 2, offset: 2 })).toEqual([one]);
    });

    it('puts a match in the title above the same match in the body', async () => {
      const inBody = await add('خبر اقتصادي', ['ارتفعت أسعار النفط اليوم']);
      const inTitle = await add('أسعار النفط ترتفع', ['تقرير عن الأسواق']);
      expect(await ids('النفط')).toEqual([inTitle, inBody]);
    });

    it('sorts by date on request, newest first among articles with as many words', async () => {
      const older = await add('النفط', ['النفط'], { publishedAt: '2024-01-01T00:00:00Z' });
      const newer = await add('خبر', ['النفط'], { publishedAt: '2024-05-01T00:00:00Z' });
      expect(await ids('النفط', { sort: 'date' })).toEqual([newer, older]);
    });

    it('boosts recent articles gently: a tie goes to the newer one', async () => {
      const older = await add('خبر', ['أسعار النفط'], { publishedAt: '2023-01-01T00:00:00Z' });
      const newer = await add('خبر', ['أسعار النفط'], { publishedAt: '2024-05-30T00:00:00Z' });
      const hits = (await search('النفط')).hits;
      expect(hits.map((hit) => hit.id)).toEqual([newer, older]);
      expect((hits[0]?.score ?? 0) / (hits[1]?.score ?? 1)).toBeLessThan(1.15);
    });
  });

  describe('query syntax', () => {
    it('excludes -words and -"phrases"', async () => {
      const kept = await add('خبر', ['عقوبات على إيران']);
      await add('خبر', ['عقوبات على روسيا']);
      await add('خبر', ['عقوبات على كوريا الشمالية']);
      expect(await ids('عقوبات -روسيا -"كوريا الشمالية"')).toEqual([kept]);
      expect(await ids('عقوبات -لروسيا -"كوريا الشمالية"')).toEqual([kept]);
    });

    it('requires a quoted phrase next to loose words', async () => {
      const both = await add('خبر', ['الولايات المتحدة تفرض عقوبات']);
      await add('خبر', ['عقوبات أوروبية جديدة']);
      expect(await ids('عقوبات "الولايات المتحدة"')).toEqual([both]);
    });

    it('searches a question typed in full by its content words', async () => {
      const answer = await add('خبر', ['عاصمة كازاخستان هي أستانة']);
      expect(await ids('ما هي عاصمة كازاخستان؟')).toEqual([answer]);
    });

    it.each([
      ['FTS5 operators', 'NEAR(a b) AND OR NOT ^ * : ( ) { } + -'],
      ['column filters', 'title:عقوبات {body}: "x"'],
      ['unbalanced quotes', '"عقوبات على "روسيا'],
      ['a lone quote', '"'],
      ['doubled quotes', '""عقوبات""'],
      ['control characters', 'عقوبات\u0000\u0007\u001b[31m\u007f روسيا'],
      ['lone surrogates and private use', '\uD800عقوبات\uDFFF \uE000'],
      ['10,000 characters', 'عقوبات '.repeat(1_430)],
      ['10,000 characters without a space', 'ع'.repeat(10_000)],
      ['only stopwords', 'ما هو من في'],
      ['only exclusions', '-روسيا -"الولايات المتحدة"'],
      ['only punctuation', '،؛؟!«»…'],
      ['empty', ''],
      ['SQL', "'; DROP TABLE articles; --"],
      ['HTML', '<script>alert(1)</script>'],
    ])('never fails on %s', async (_name, text) => {
      await add('عقوبات على روسيا', ['فرضت الولايات المتحدة عقوبات على روسيا']);
      const result = await search(text);
      expect(result.total).toBeGreaterThanOrEqual(0);
      expect(result.hits.length).toBeLessThanOrEqual(10);
    });
  });

  describe('filters and pages', () => {
    it('filters by category, source and date range (a bare date in `to` covers that day)', async () => {
      const categoryId = await insertCategory(opened.db, { slug: 'economy', name: 'اقتصاد' });
      const match = await add('النفط', ['النفط'], { categoryId, source: 'reuters', publishedAt: '2024-03-10T18:00:00Z' });
      await add('النفط', ['النفط'], { source: 'reuters', publishedAt: '2024-03-10T18:00:00Z' });
      await add('النفط', ['النفط'], { categoryId, source: 'afp', publishedAt: '2024-03-10T18:00:00Z' });
      await add('النفط', ['النفط'], { categoryId, source: 'reuters', publishedAt: '2024-03-11T00:00:00Z' });
      const filters = { categoryId, source: 'reuters', from: '2024-03-10', to: '2024-03-10' };
      expect(await search('النفط', filters)).toMatchObject({ total: 1, hits: [{ id: match }] });
    });

    it('pages through the results with a stable total', async () => {
      const all: number[] = [];
      for (let number = 0; number < 7; number += 1) all.push(await add(`النفط ${number}`, ['النفط']));
      const first = await search('النفط', { limit: 3, offset: 0 });
      const third = await search('النفط', { limit: 3, offset: 6 });
      const beyond = await search('النفط', { limit: 3, offset: 30 });
      expect([first.total, third.total, beyond.total]).toEqual([7, 7, 7]);
      expect(third.hits).toHaveLength(1);
      expect(beyond.hits).toEqual([]);
      const pages = [first, await search('النفط', { limit: 3, offset: 3 }), third].flatMap((page) => page.hits.map((hit) => hit.id));
      expect(pages.sort()).toEqual(all.sort());
    });
  });

  describe('snippets', () => {
    it('marks the matched words in the original text, found through the analyzer', async () => {
      await add('خبر', ['وفرضت واشنطن عُقوبات جديدة على موسكو بكازاخستان']);
      const [hit] = (await search('العقوبات كازاخستان')).hits;
      expect(hit?.snippet).toBe('وفرضت واشنطن <mark>عُقوبات</mark> جديدة على موسكو <mark>بكازاخستان</mark>');
    });

    it('escapes the article text', async () => {
      await add('خبر', ['قال <b>المسؤول</b> إن "العقوبات" & القيود ستستمر']);
      const [hit] = (await search('العقوبات')).hits;
      expect(hit?.snippet).toBe('قال &lt;b&gt;المسؤول&lt;/b&gt; إن &quot;<mark>العقوبات</mark>&quot; &amp; القيود ستستمر');
    });

    it('picks the paragraph with the most query words and cuts long text around the matches', async () => {
      const filler = 'كلام عام عن الطقس والرياضة والفن '.repeat(20);
      await add('خبر', ['مقدمة عن بلينكن', `${filler} وصل بلينكن إلى كازاخستان في جولة ${filler}`]);
      const [hit] = (await search('بلينكن كازاخستان')).hits;
      expect(hit?.snippet).toMatch(/^….*<mark>بلينكن<\/mark> إلى <mark>كازاخستان<\/mark>.*…$/u);
      expect(hit?.snippet.replace(/<\/?mark>/g, '').length).toBeLessThan(260);
    });

    it('finds the matching paragraph however it spells the words (hamza, marks, tatweel, teh marbuta) among ones that do not match', async () => {
      await add('خبر', ['مقدمة عامة عن الطقس والرياضة', 'وأعلنت الحكومـةُ الأمريكيّة عقوباتٍ على إيران', 'خاتمة عن الفن']);
      const [hit] = (await search('الحكومه ايران')).hits;
      expect(hit?.snippet).toBe('وأعلنت <mark>الحكومـةُ</mark> الأمريكيّة عقوباتٍ على <mark>إيران</mark>');
    });

    it('finds a number written with Arabic digits and separators for a query in Latin digits', async () => {
      await add('خبر', ['مقدمة عامة عن الطقس والرياضة', 'وصل عدد اللاجئين إلى ٢٬٥٠٠ لاجئ']);
      const [hit] = (await search('2500 لاجئ')).hits;
      expect(hit?.snippet).toBe('وصل عدد <mark>اللاجئين</mark> إلى <mark>٢٬٥٠٠ لاجئ</mark>');
    });

    it('opens on the first paragraph when only the title matches', async () => {
      await add('بلينكن في آسيا', ['وصل وزير الخارجية إلى المنطقة.', 'تفاصيل أخرى']);
      expect((await search('بلينكن')).hits[0]?.snippet).toBe('وصل وزير الخارجية إلى المنطقة.');
    });
  });

  describe('keeping in step with the articles', () => {
    it('indexes published articles only, and removes an article that is unpublished or deleted', async () => {
      const draft = await add('مسودة عن النفط', ['النفط'], { status: 'draft' });
      const published = await add('النفط', ['النفط']);
      expect(await ids('النفط')).toEqual([published]);
      await opened.db.updateTable('articles').set({ status: 'archived' }).where('id', '=', published).execute();
      await syncSearchIndex(opened.db, [published, draft], index);
      expect(await ids('النفط')).toEqual([]);
    });

    it('never answers from reads made before a change, whoever made it and even if it was rolled back', async () => {
      const first = await add('النفط', ['النفط']);
      expect(await ids('النفط')).toEqual([first]);
      // Another index object stands for another process writing to the same database.
      const second = await opened.db.transaction().execute(async (trx) => {
        const id = await insertArticle(trx, toNewArticleRow(buildArticleDraft({ title: 'النفط', sections: paragraphs('النفط والغاز') }), NOW));
        await syncSearchIndex(trx, [id], createIndex());
        return id;
      });
      expect((await ids('النفط')).sort()).toEqual([first, second].sort());
      await expect(
        opened.db.transaction().execute(async (trx) => {
          await trx.updateTable('articles').set({ status: 'archived' }).where('id', '=', second).execute();
          await syncSearchIndex(trx, [second], index);
          expect(await index.search(trx, { text: 'النفط', limit: 10, offset: 0 }).then((result) => result.hits.map((hit) => hit.id))).toEqual([first]);
          throw new Error('rolled back');
        }),
      ).rejects.toThrow('rolled back');
      expect((await ids('النفط')).sort()).toEqual([first, second].sort());
    });

    it('replaces an article’s entry when it is indexed again', async () => {
      const id = await add('النفط', ['النفط']);
      await index.index(opened.db, [{ id, title: 'الذهب', body: 'الذهب', categoryId: null, source: null, publishedAt: NOW.toISOString() }]);
      await opened.db.updateTable('articles').set({ title: 'الذهب', sections: JSON.stringify(paragraphs('الذهب')) }).where('id', '=', id).execute();
      expect(await ids('النفط')).toEqual([]);
      expect(await ids('الذهب')).toEqual([id]);
      await index.remove(opened.db, [id]);
      expect(await ids('الذهب')).toEqual([]);
    });

    it('compacts the index without changing a result', async () => {
      // One transaction an article: many small index segments, as a day of publishing leaves them.
      for (let number = 0; number < 12; number += 1) await add(`النفط والذهب ${number}`, [number % 2 ? 'ارتفع سعر النفط' : 'تراجع الذهب']);
      const queries = ['النفط', 'الذهب', 'سعر النفط', '"سعر النفط"', 'النفط -الذهب'];
      const before = await Promise.all(queries.map((query) => search(query)));
      await index.optimize(opened.db);
      expect(await Promise.all(queries.map((query) => search(query)))).toEqual(before);
    });
  });
});

describe('SQLite FTS5 search index at scale', () => {
  let opened: OpenedDatabase;
  beforeEach(async () => {
    opened = await createTestDatabase();
  });
  afterEach(async () => {
    await opened.close();
  });

  const dataRows = async () => Number((await sql<{ n: number }>`SELECT count(*) AS n FROM article_search_data`.execute(opened.db)).rows[0]?.n);

  it('ranks a short query among the newest articles of a word more common than the bound, and counts them all', async () => {
    const index = createSqliteSearchIndex({ now: () => NOW, ranking: { maxRowsPerShortExpression: 3 } });
    const stored: number[] = [];
    for (let number = 0; number < 6; number += 1) {
      // The older articles match better: only the bound keeps them off the page.
      const older = number < 3;
      const draft = buildArticleDraft({ title: older ? 'النفط النفط' : `خبر ${number}`, sections: [{ heading: null, paragraphs: [older ? 'النفط النفط النفط' : 'النفط'] }] });
      stored.push(await opened.db.transaction().execute(async (trx) => {
        const id = await insertArticle(trx, toNewArticleRow(draft, NOW));
        await syncSearchIndex(trx, [id], index);
        return id;
      }));
    }
    const result = await index.search(opened.db, { text: 'النفط', limit: 2, offset: 0 });
    expect(result.total).toBe(6);
    expect(result.hits.map((hit) => hit.id).every((id) => stored.slice(3).includes(id))).toBe(true);
    // A page beyond the bound is still served: the bound grows to reach it.
    expect((await index.search(opened.db, { text: 'النفط', limit: 2, offset: 4 })).hits).toHaveLength(2);
  });

  it('ranks the best of a thousand candidates first, wherever it was found among them', async () => {
    const index = createSqliteSearchIndex({ now: () => NOW });
    const best = 700;
    const articles = Array.from({ length: 1_200 }, (_article, offset) => {
      const id = offset + 1;
      const strong = id === best;
      return { id, title: strong ? 'أسعار النفط' : `خبر ${id}`, body: strong ? 'النفط النفط النفط' : `نص الخبر رقم ${id} عن النفط وأمور أخرى كثيرة`, categoryId: null, source: null, publishedAt: NOW.toISOString() };
    });
    await opened.db.transaction().execute((trx) => index.index(trx, articles));
    // A word alone, and a question whose other words no article has: either way the title match wins.
    expect((await index.search(opened.db, { text: 'النفط', limit: 3, offset: 0 })).hits[0]?.id).toBe(best);
    expect((await index.search(opened.db, { text: 'ما هي آخر أخبار أسعار النفط اليوم؟', limit: 3, offset: 0 })).hits[0]?.id).toBe(best);
    // Down to the last of the thousand scored, every article keeps the score its word gave it.
    const last = await index.search(opened.db, { text: 'النفط', limit: 100, offset: 900 });
    expect(last.hits).toHaveLength(100);
    expect(last.hits.every((hit) => hit.score > 0)).toBe(true);
  });

  it('counts every article with any word of a long query, whether its words are common or rare', async () => {
    // With bounds of 3, النفط (5 articles) is a common word and the others are rare.
    const bounded = createSqliteSearchIndex({ now: () => NOW, ranking: { commonWordRows: 3, maxRowsPerExpression: 3 } });
    const plain = createSqliteSearchIndex({ now: () => NOW });
    const bodies = ['النفط', 'النفط', 'النفط', 'النفط وأسعار', 'النفط وأسعار والذهب', 'أسعار القمح', 'الذهب', 'لا علاقة'];
    await opened.db.transaction().execute((trx) =>
      bounded.index(trx, bodies.map((body, offset) => ({ id: offset + 1, title: 'خبر', body, categoryId: null, source: null, publishedAt: NOW.toISOString() }))),
    );
    for (const index of [bounded, plain]) {
      const question = await index.search(opened.db, { text: 'ما هي آخر أسعار النفط والذهب اليوم؟', limit: 10, offset: 0 });
      expect(question.total).toBe(7);
      expect(question.hits[0]?.id).toBe(5);
      // Only rare words: the total is the articles their rows hold.
      expect((await index.search(opened.db, { text: 'ما هي آخر أسعار الذهب والقمح اليوم؟', limit: 10, offset: 0 })).total).toBe(4);
    }
  });

  it('merges the segments a run of writes left into one', async () => {
    const index = createSqliteSearchIndex({ now: () => NOW });
    for (let number = 0; number < 20; number += 1) {
      await opened.db.transaction().execute((trx) =>
        index.index(trx, [{ id: number + 1, title: `خبر ${number}`, body: `نص الخبر رقم ${number} عن النفط`, categoryId: null, source: null, publishedAt: NOW.toISOString() }]),
      );
    }
    const before = await dataRows();
    await index.optimize(opened.db);
    expect(await dataRows()).toBeLessThan(before);
  });
});
