import { describe, expect, it } from 'vitest';
import { slugify } from './slug.ts';

describe('slugify', () => {
  it.each([
    [
      'بلينكن يصل كازاخستان لمواجهة "نفوذ روسيا" في آسيا الوسطى',
      'بلينكن-يصل-كازاخستان-لمواجهة-نفوذ-روسيا-في-آسيا-الوسطى',
    ],
    ['مُحَمَّدٌ يَـــكتب', 'محمد-يكتب'],
    ['أسعار النفط ترتفع ٥٪ في ٢٠٢٣', 'أسعار-النفط-ترتفع-5-في-2023'],
    ['Blinken’s Visit to Astana: AFP', 'blinkens-visit-to-astana-afp'],
    ['«الأكثر قراءة» — مقالٌ/تقرير', 'الأكثر-قراءة-مقال-تقرير'],
    ['خانۀ فارسی', 'خانۀ-فارسی'],
    ['ﺑﻠﻴﻨﻜﻦ', 'بلينكن'],
    ['"؟!"', 'article'],
    ['', 'article'],
  ])('%j → %s', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it('stops at a word boundary within 80 characters', () => {
    const title = 'وزير الخارجية الأميركي أنتوني بلينكن مع أحد أعضاء السفارة الأميركية في كازاخستان أستانة';
    const slug = slugify(title);
    expect(slug).toBe('وزير-الخارجية-الأميركي-أنتوني-بلينكن-مع-أحد-أعضاء-السفارة-الأميركية-في-كازاخستان');
    expect(slug.length).toBe(80);
    expect(`${slug}-أستانة`.length).toBeGreaterThan(80);
  });

  it('cuts a single overlong word', () => {
    expect(slugify('ا'.repeat(120))).toBe('ا'.repeat(80));
  });
});
