import { describe, expect, it } from 'vitest';
import type { ArticleImage } from '../parsed-article.ts';
import { parseCaption } from './caption.ts';

const image = (caption: string, credit: string | null, place: string | null = null, date: string | null = null): ArticleImage => ({
  caption,
  credit,
  place,
  date,
});

describe('parseCaption', () => {
  it.each([
    [
      'the reference caption: sentence, place, date, credit after a dash',
      'وزير الخارجية الأميركي أنتوني بلينكن مع أحد أعضاء السفارة الأميركية في كازاخستان. أستانة. 28 فبراير 2023 - twitter.com/SecBlinken',
      image('وزير الخارجية الأميركي أنتوني بلينكن مع أحد أعضاء السفارة الأميركية في كازاخستان.', 'twitter.com/SecBlinken', 'أستانة', '2023-02-28'),
    ],
    [
      'Levantine month, Eastern Arabic digits, comma before the date',
      'عناصر من الدفاع المدني في جبلة. اللاذقية، ٢٨ شباط ٢٠٢٣ - سانا',
      image('عناصر من الدفاع المدني في جبلة.', 'سانا', 'اللاذقية', '2023-02-28'),
    ],
    [
      'combined month name and a two-word place',
      'حجاج يؤدون شعيرة رمي الجمرات. مكة المكرمة. 28 يونيو/حزيران 2023 – رويترز',
      image('حجاج يؤدون شعيرة رمي الجمرات.', 'رويترز', 'مكة المكرمة', '2023-06-28'),
    ],
    ['an agency in brackets', 'متظاهرون في وسط بيروت (أ ف ب)', image('متظاهرون في وسط بيروت', 'أ ف ب')],
    ['a Latin credit in brackets', 'لاجئون على الحدود البولندية (Getty Images)', image('لاجئون على الحدود البولندية', 'Getty Images')],
    ['a Latin credit after an em dash', 'الرئيس الفرنسي في الإليزيه—AFP', image('الرئيس الفرنسي في الإليزيه', 'AFP')],
    ['a تصوير: label', 'محتجون في ساحة الباستيل. تصوير: جان دو', image('محتجون في ساحة الباستيل.', 'جان دو')],
    ['a bracketed المصدر: label', 'صورة من موقع الانفجار (المصدر: مواقع التواصل)', image('صورة من موقع الانفجار', 'مواقع التواصل')],
    ['a bare agency after the sentence', 'قوات الأمن في الخرطوم. رويترز', image('قوات الأمن في الخرطوم.', 'رويترز')],
    ['a bare dotted agency', 'قوات الأمن في الخرطوم. أ.ف.ب', image('قوات الأمن في الخرطوم.', 'أ.ف.ب')],
    ['a labelled credit with a full stop', 'محتجون في الساحة. تصوير: جان دو.', image('محتجون في الساحة.', 'جان دو')],
    [
      'an Arabic name credit when a date stands before it',
      'لقطة من الفيديو. القاهرة. 3 مارس 2023 - أحمد حسن',
      image('لقطة من الفيديو.', 'أحمد حسن', 'القاهرة', '2023-03-03'),
    ],
    ['a date with no credit', 'جانب من القمة، 5 أيار 2022', image('جانب من القمة', null, null, '2022-05-05')],
    [
      'the last date when the sentence holds another',
      'الوزير في زيارته الأولى في 2 فبراير 2023. أستانة. 28 فبراير 2023',
      image('الوزير في زيارته الأولى في 2 فبراير 2023.', null, 'أستانة', '2023-02-28'),
    ],
  ])('%s', (_name, line, expected) => {
    expect(parseCaption(line)).toEqual(expected);
  });

  it.each([
    ['a lede', 'وصل وزير الخارجية الأميركي أنتوني بلينكن، الثلاثاء، إلى كازاخستان، في جولة تشمل أوزبكستان.'],
    ['a date inside a sentence', 'وقع الهجوم في 28 فبراير 2023'],
    ['an Arabic phrase after a dash with no date', 'لقطة من الفيديو - أحمد حسن'],
    ['a phrase after a dash that is not a credit', 'وصل الوزير إلى الرياض - العاصمة السعودية - حيث التقى نظيره، وبحثا العلاقات.'],
    ['a bracketed aside', 'وقال إن المفاوضات (التي بدأت أمس) مستمرة'],
    ['a hyphenated word', 'قاذفات ب-52 تحلق فوق المنطقة'],
    ['a credit and nothing else', 'تصوير: جان دو'],
    ['a subheading', 'جهود لعزل موسكو'],
    ['an invalid date', 'جانب من القمة، 31 فبراير 2023'],
    ['a lede quoting its agency in brackets', 'أدانت وزارة الخارجية الإثنين الهجوم، وفقا لما نقلته وكالة الأنباء السعودية (واس).'],
    ['a lede quoting its agency after a dash', 'وقعت الحكومة الاتفاقية، حسب ما أوردت وكالة الأنباء السعودية - واس.'],
    ['a lede naming its agency after a comma', 'تعتبر البندقية السلاح الأكثر انتشارا وفقاً لوكالة الأنباء الروسية، سبوتنيك.'],
    [
      'a long paragraph ending in an agency',
      'قتل خمسة أشخاص على الأقل وأصيب العشرات في انفجار سيارة مفخخة استهدف سوقاً شعبية مزدحمة في وسط المدينة صباح اليوم، بحسب ما أفادت مصادر أمنية وطبية، فيما لم تعلن أي جهة مسؤوليتها عن الهجوم حتى الآن، وسط تحذيرات من تصاعد أعمال العنف في البلاد خلال الأسابيع المقبلة (أ ف ب)',
    ],
  ])('is not a caption: %s', (_name, line) => {
    expect(parseCaption(line)).toBeNull();
  });
});
