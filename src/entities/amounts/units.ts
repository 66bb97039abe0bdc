/** Scale words, currencies and counted nouns, as folded keys (see text/fold.ts). */
import { foldWord } from '../text/fold.ts';

function table<T>(rows: ReadonlyArray<readonly [string, T]>): ReadonlyMap<string, T> {
  const map = new Map<string, T>();
  for (const [words, value] of rows) for (const word of words.split(' ')) map.set(foldWord(word), value);
  return map;
}

/** Powers of ten; the dual (مليوني، ملياري) doubles. */
export const SCALES = table<{ exponent: number; factor: number }>([
  ['ألف آلاف الاف الألف', { exponent: 3, factor: 1 }],
  ['ألفي ألفا', { exponent: 3, factor: 2 }],
  ['مليون ملايين الملايين', { exponent: 6, factor: 1 }],
  ['مليوني مليونا', { exponent: 6, factor: 2 }],
  ['مليار مليارات بليون بلايين المليارات', { exponent: 9, factor: 1 }],
  ['ملياري مليارا بليوني', { exponent: 9, factor: 2 }],
  ['تريليون تريليونات ترليون', { exponent: 12, factor: 1 }],
]);

export interface Currency {
  /** ISO 4217 code when the currency alone says it, else null (دينار، ليرة need their country). */
  code: string | null;
  name: string;
  /** Country canonical name (as the gazetteer has it) → ISO 4217, for `دولار كندي`, `دينار كويتي`. */
  byCountry?: Readonly<Record<string, string>>;
}

export const CURRENCIES = table<Currency>([
  ['دولار دولارات الدولار الدولارات', { code: 'USD', name: 'دولار', byCountry: { 'الولايات المتحدة': 'USD', كندا: 'CAD', أستراليا: 'AUD', 'نيوزيلندا': 'NZD', سنغافورة: 'SGD' } }],
  ['يورو اليورو', { code: 'EUR', name: 'يورو' }],
  ['إسترليني استرليني الإسترليني', { code: 'GBP', name: 'جنيه إسترليني' }],
  ['جنيه جنيهات الجنيه', { code: 'EGP', name: 'جنيه', byCountry: { مصر: 'EGP', بريطانيا: 'GBP', السودان: 'SDG' } }],
  ['ريال ريالات الريال', { code: 'SAR', name: 'ريال', byCountry: { السعودية: 'SAR', قطر: 'QAR', عمان: 'OMR', اليمن: 'YER', إيران: 'IRR' } }],
  ['درهم دراهم الدرهم', { code: 'AED', name: 'درهم', byCountry: { الإمارات: 'AED', المغرب: 'MAD' } }],
  ['دينار دنانير الدينار', { code: null, name: 'دينار', byCountry: { الكويت: 'KWD', الأردن: 'JOD', البحرين: 'BHD', العراق: 'IQD', ليبيا: 'LYD', تونس: 'TND', الجزائر: 'DZD' } }],
  ['ليرة ليرات الليرة', { code: null, name: 'ليرة', byCountry: { لبنان: 'LBP', تركيا: 'TRY', سوريا: 'SYP' } }],
  ['روبل روبلات الروبل', { code: 'RUB', name: 'روبل' }],
  ['ين الين', { code: 'JPY', name: 'ين' }],
  ['يوان اليوان', { code: 'CNY', name: 'يوان' }],
  ['روبية روبيات', { code: 'INR', name: 'روبية', byCountry: { الهند: 'INR', باكستان: 'PKR' } }],
  ['شيكل شيقل الشيكل الشيقل', { code: 'ILS', name: 'شيكل' }],
  ['فرنك فرنكات', { code: null, name: 'فرنك', byCountry: { سويسرا: 'CHF' } }],
  ['بيتكوين', { code: 'BTC', name: 'بيتكوين' }],
]);

/** Counted nouns and units → the singular used in canonical quantities. */
export const COUNTED = table<string>([
  ['جندي جنود الجنود', 'جندي'],
  ['عسكري عسكريين', 'عسكري'],
  ['مقاتل مقاتلين مقاتلا', 'مقاتل'],
  ['شخص أشخاص اشخاص شخصا', 'شخص'],
  ['قتيل قتلى قتيلا', 'قتيل'],
  ['جريح جرحى جريحا', 'جريح'],
  ['لاجئ لاجئين لاجئا', 'لاجئ'],
  ['مهاجر مهاجرين مهاجرا', 'مهاجر'],
  ['نازح نازحين', 'نازح'],
  ['معتقل معتقلين أسير أسرى', 'أسير'],
  ['مواطن مواطنين مواطنا', 'مواطن'],
  ['نسمة', 'نسمة'],
  ['طالب طلاب', 'طالب'],
  ['عامل عمال', 'عامل'],
  ['موظف موظفين موظفا', 'موظف'],
  ['سائح سياح', 'سائح'],
  ['زائر زوار', 'زائر'],
  ['مسافر مسافرين', 'مسافر'],
  ['طن أطنان', 'طن'],
  ['كيلوغرام كيلوجرام كغ كلغ', 'كيلوغرام'],
  ['غرام جرام', 'غرام'],
  ['كيلومتر كيلومترات كلم كم', 'كيلومتر'],
  ['متر أمتار', 'متر'],
  ['ميل أميال', 'ميل'],
  ['هكتار هكتارات', 'هكتار'],
  ['دونم دونمات', 'دونم'],
  ['برميل براميل', 'برميل'],
  ['لتر لترات', 'لتر'],
  ['ميغاواط ميجاوات ميغاوات', 'ميغاواط'],
  ['صاروخ صواريخ', 'صاروخ'],
  ['طائرة طائرات', 'طائرة'],
  ['دبابة دبابات', 'دبابة'],
  ['سيارة سيارات', 'سيارة'],
  ['منزل منازل', 'منزل'],
  ['وحدة', 'وحدة'],
]);

export const PERCENT_WORDS = new Set(['المئه', 'المائه', 'بالمئه', 'بالمائه'].map(foldWord));
