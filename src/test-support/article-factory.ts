/** Builds article drafts for tests, with realistic Arabic defaults that each test overrides. */
import type { ArticleDraft } from '../articles/article.ts';
import { seededRandom } from '../lib/seeded-random.ts';

let sequence = 0;

const CITIES = ['القاهرة', 'الرياض', 'عمّان', 'بيروت', 'تونس', 'الرباط', 'الدوحة', 'مسقط', 'الكويت', 'بغداد', 'دمشق', 'الجزائر', 'الخرطوم', 'أبوظبي', 'المنامة', 'نواكشوط'];
const TOPICS = ['الطاقة المتجددة', 'المياه', 'التجارة البينية', 'النقل البحري', 'التعليم', 'الصحة العامة', 'الزراعة', 'السياحة', 'الاتصالات', 'الاستثمار', 'الأمن الغذائي', 'الإسكان'];
const ACTS = ['ناقش', 'بحث', 'استعرض', 'تناول', 'راجع', 'درس'];

/**
 * A paragraph of its own for each draft: default drafts are different stories, not copies of one
 * (duplicate detection would otherwise rightly fold them into one on the site's lists).
 */
function distinctParagraph(seed: number): string {
  const random = seededRandom(seed * 7919);
  const pick = (words: readonly string[]) => words[Math.floor(random() * words.length)] as string;
  const count = () => 10 + Math.floor(random() * 990);
  const clauses = Array.from({ length: 5 }, () => `${pick(ACTS)} ${count()} خبيراً في ${pick(CITIES)} ملف ${pick(TOPICS)} بكلفة ${count()} مليون`);
  return `${clauses.join('، ثم ')}، في الجلسة ${seed}.`;
}

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
        paragraphs: ['وصل وزير الخارجية، الثلاثاء، إلى العاصمة في جولة تشمل عدداً من دول المنطقة.', distinctParagraph(sequence)],
      },
    ],
    publishedAt: new Date(Date.UTC(2024, 0, 1, 12, 0, sequence)).toISOString(),
    ...overrides,
  };
}
