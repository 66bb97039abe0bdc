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
  breadcrumbs: 'مسار التصفح',
  skipToContent: 'انتقل إلى المحتوى',
  noArticlesYet: 'لا توجد أخبار منشورة بعد.',
  // Entity tags and tag pages (entity-tags).
  entityTags: 'الوسوم',
  tagTypes: { PER: 'شخصية', LOC: 'مكان', ORG: 'جهة' },
  tagPageTitle: (name: string) => `أخبار ${name}`,
  tagPageDescription: (name: string) => `آخر الأخبار والتقارير عن ${name}، الأحدث أولاً.`,
  storyCount: (count: number) =>
    count === 1 ? 'خبر واحد' : count === 2 ? 'خبران' : count % 100 >= 3 && count % 100 <= 10 ? `${count} أخبار` : `${count} خبراً`,
  tagCompanions: 'يرد ذكرها معه',
  tagTimeline: 'عدد الأخبار شهراً بشهر',
  tagFeeds: 'تابع هذا الوسم',
  rssFeed: 'RSS',
  atomFeed: 'Atom',
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
  search: 'بحث',
  searchTitle: 'البحث في الأخبار',
  /** Names the header's search box apart from the search page's own form (two search landmarks on one page). */
  siteSearch: 'البحث في الموقع',
  searchLabel: 'ابحث في الأخبار',
  searchPlaceholder: 'اكتب كلمات البحث، مثل: كازاخستان',
  searchButton: 'ابحث',
  searchFilters: 'تصفية النتائج',
  allSections: 'كل الأقسام',
  allSources: 'كل المصادر',
  section: 'القسم',
  sourceFilter: 'المصدر',
  dateFrom: 'من تاريخ',
  dateTo: 'إلى تاريخ',
  sortBy: 'الترتيب',
  sortRelevance: 'الأكثر صلة',
  sortDate: 'الأحدث',
  resultCount: (count: number, query: string) =>
    count === 1 ? `نتيجة واحدة لـ«${query}»` : count === 2 ? `نتيجتان لـ«${query}»` : `${count} نتيجة لـ«${query}»`,
  noResultsTitle: (query: string) => `لا توجد نتائج لـ«${query}»`,
  noResultsTips: [
    'تأكد من كتابة الكلمات بشكل صحيح.',
    'جرّب كلمات أقل أو كلمات أعم.',
    'أزل عوامل التصفية (القسم أو المصدر أو التاريخ).',
  ],
  withinTag: (name: string) => `ضمن الوسم «${name}»`,
  searchPrompt: 'اكتب كلمة أو أكثر للبحث في كل الأخبار المنشورة. ضع العبارة بين علامتي تنصيص للبحث عنها كما هي، وضع علامة الطرح قبل كلمة لاستبعادها.',
  latestInstead: 'آخر الأخبار',
  // Front page, source pages, article tools (site-pages).
  mostRead: 'الأكثر قراءة',
  mostReadEmpty: 'لا توجد قراءات مسجّلة في الأيام السبعة الأخيرة.',
  moreFrom: (name: string) => `المزيد من ${name}`,
  sourcePageTitle: (name: string) => `أخبار ${name}`,
  sourcePageDescription: (name: string) => `آخر الأخبار المنقولة عن ${name}.`,
  share: 'شارك الخبر',
  shareOn: { x: 'إكس', facebook: 'فيسبوك', whatsapp: 'واتساب', telegram: 'تيليجرام', email: 'البريد الإلكتروني' },
  shareOnLabel: (network: string) => `شارك الخبر على ${network}`,
  copyLink: 'نسخ الرابط',
  linkCopied: 'نُسخ الرابط',
  print: 'طباعة',
  articleLink: 'رابط الخبر',
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
