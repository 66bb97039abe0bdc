/** Categorized articles written for the tests: three sections, each article a rotation of its section's headlines and sentences. */
import type { LabeledArticle } from './train-category-model.ts';

const TOPICS: Record<string, { titles: string[]; sentences: string[] }> = {
  sport: {
    titles: ['الفريق يفوز بالمباراة', 'المنتخب يتأهل إلى النهائي', 'المدرب يعلن تشكيلة الفريق', 'اللاعب يسجل هدفين'],
    sentences: [
      'سجل المهاجم هدف الفوز في الدقيقة الأخيرة من المباراة.',
      'تأهل المنتخب إلى نهائي البطولة بعد فوزه بركلات الترجيح.',
      'أعلن المدرب قائمة اللاعبين قبل مواجهة الدوري.',
      'احتفل الجمهور في الملعب بلقب الدوري.',
    ],
  },
  economy: {
    titles: ['ارتفاع أسعار النفط', 'البنك المركزي يرفع الفائدة', 'تراجع البورصة في التداولات', 'نمو الاقتصاد في الربع الأول'],
    sentences: [
      'ارتفعت أسعار النفط مع تراجع المخزونات الأميركية.',
      'قرر البنك المركزي رفع سعر الفائدة لمواجهة التضخم.',
      'تراجعت الأسهم في البورصة وسط مخاوف المستثمرين.',
      'سجل الناتج المحلي نموا في الربع الأول من العام.',
    ],
  },
  culture: {
    titles: ['افتتاح معرض الكتاب', 'فيلم يفوز بجائزة المهرجان', 'حفل موسيقي في دار الأوبرا', 'رواية جديدة للكاتب'],
    sentences: [
      'افتتح معرض الكتاب أبوابه أمام الزوار بمشاركة دور النشر.',
      'فاز الفيلم بجائزة أفضل إخراج في المهرجان السينمائي.',
      'أحيا المطرب حفلا موسيقيا في دار الأوبرا.',
      'أصدر الكاتب روايته الجديدة عن تاريخ المدينة.',
    ],
  },
};

/** Articles of each topic, each one built from a rotation of that topic's headlines and sentences. */
export function buildLabeledCorpus(perTopic: number): LabeledArticle[] {
  return Object.entries(TOPICS).flatMap(([category, { titles, sentences }]) =>
    Array.from({ length: perTopic }, (_, index) => ({
      category,
      title: titles[index % titles.length] as string,
      body: [0, 1, 2].map((offset) => sentences[(index + offset) % sentences.length]).join('\n'),
      source: index % 2 === 0 ? 'wire' : 'site',
    })),
  );
}
