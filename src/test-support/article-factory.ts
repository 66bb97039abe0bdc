/** Builds article drafts for tests, with realistic Arabic defaults that each test overrides. */
import type { ArticleDraft } from '../articles/article.ts';

let sequence = 0;

export function buildArticleDraft(overrides: Partial<ArticleDraft> = {}): ArticleDraft {
  sequence += 1;
  return {
    externalId: `test-${sequence}`,
    title: `وزير الخارجية يصل إلى العاصمة في جولة إقليمية رقم ${sequence}`,
    image: null,
    dateline: { place: 'القاهرة', source: 'رويترز' },
    sections: [
      {
        heading: null,
        paragraphs: [
          'وصل وزير الخارجية، الثلاثاء، إلى العاصمة في جولة تشمل عدداً من دول المنطقة.',
          'وقال مسؤولون إن المحادثات ستتناول التعاون الاقتصادي والأمن الإقليمي.',
        ],
      },
    ],
    publishedAt: new Date(Date.UTC(2024, 0, 1, 12, 0, sequence)).toISOString(),
    ...overrides,
  };
}
