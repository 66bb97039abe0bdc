/** Every Arabic string a reader sees, in one place. */

export const SITE_NAME = 'صحيفة';

export const strings = {
  siteName: SITE_NAME,
  siteTagline: 'أخبار العالم العربي والعالم',
  homeTitle: `${SITE_NAME} — آخر الأخبار`,
  homeDescription: 'آخر الأخبار من الشرق الأوسط والعالم: سياسة واقتصاد ورياضة وتكنولوجيا وثقافة.',
  latestNews: 'آخر الأخبار',
  mainNavigation: 'الأقسام',
  home: 'الرئيسية',
  skipToContent: 'انتقل إلى المحتوى',
  noArticlesYet: 'لا توجد أخبار منشورة بعد.',
  previousPage: 'الصفحة السابقة',
  nextPage: 'الصفحة التالية',
  pageNumber: (page: number) => `الصفحة ${page}`,
  pagination: 'التنقل بين الصفحات',
  publishedOn: 'نُشر في',
  photoCredit: 'الصورة',
  source: 'المصدر',
  readOriginal: 'اقرأ الخبر في مصدره',
  byline: 'كتب',
  notFoundTitle: 'الصفحة غير موجودة',
  notFoundMessage: 'عذراً، لم نعثر على الصفحة التي تبحث عنها. ربما نُقلت أو حُذفت، أو أن الرابط غير صحيح.',
  backHome: 'العودة إلى الصفحة الرئيسية',
  errorTitle: 'حدث خطأ',
  errorMessage: 'عذراً، حدث خطأ غير متوقع أثناء عرض هذه الصفحة. حاول مرة أخرى بعد قليل.',
  badRequestTitle: 'طلب غير صالح',
  badRequestMessage: 'عذراً، الرابط الذي طلبته غير صالح.',
  footerNote: 'صحيفة — منصة عربية لنشر الأخبار.',
} as const;

/** Arabic names of the sources that copy is imported from, keyed as the imports spell them. */
const SOURCE_NAMES: Record<string, string> = {
  asharq: 'الشرق',
  alarabia: 'العربية',
  alarabiya: 'العربية',
  bbc: 'بي بي سي عربي',
  cnn: 'سي إن إن بالعربية',
  france24: 'فرانس 24',
  skynews: 'سكاي نيوز عربية',
  reuters: 'رويترز',
  afp: 'وكالة الصحافة الفرنسية',
  ap: 'أسوشيتد برس',
};

export function sourceName(source: string): string {
  return SOURCE_NAMES[source.toLowerCase()] ?? source;
}
