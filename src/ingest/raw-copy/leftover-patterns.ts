/**
 * The page furniture that comes along when an article is copied from a news site: share buttons, "read
 * also" boxes, tag lists, timestamps, notices. Written as on the page; compared after normalizeArabic.
 */

/** Headers of link lists; when only headline-like lines follow one to the end, the whole tail is dropped. */
export const LIST_HEADERS = [
  'اقرأ أيضاً', 'اقرأ كذلك', 'شاهد أيضاً', 'طالع أيضاً', 'قد يهمك أيضاً', 'قد يهمك', 'قد يعجبك أيضاً',
  'قصص قد تهمك', 'موضوعات قد تهمك', 'مواضيع قد تهمك', 'المزيد من الأخبار', 'المزيد', 'اقرأ المزيد',
  'الأكثر قراءة', 'الأكثر مشاهدة', 'الأكثر تداولاً', 'الأكثر شعبية', 'الأكثر تعليقاً', 'الأكثر مشاركة',
  'مواضيع ذات صلة', 'موضوعات ذات صلة', 'أخبار ذات صلة', 'مقالات ذات صلة', 'روابط ذات صلة', 'ذات صلة',
  'أخبار متعلقة', 'آخر الأخبار', 'أحدث الأخبار', 'تصنيفات', 'التصنيفات', 'الكلمات المفتاحية',
  'كلمات مفتاحية', 'كلمات دالة', 'وسوم', 'الوسوم',
] as const;

/** Whole lines that are page furniture and never article text. */
export const EXACT_LEFTOVERS = [
  ...LIST_HEADERS,
  'للمزيد', 'عرض المزيد', 'اضغط هنا', 'انقر هنا',
  'شارك', 'شارك الخبر', 'شارك المقال', 'شارك هذا المقال', 'شارك القصة', 'مشاركة', 'مشاركة الخبر',
  'شارك عبر', 'شارك على', 'مشاركة عبر', 'طباعة', 'اطبع', 'نسخ الرابط', 'تم نسخ الرابط', 'الرابط المختصر',
  'تابعونا', 'تابعنا', 'إعلان', 'محتوى إعلاني', 'تعليقات', 'التعليقات', 'أضف تعليق', 'أضف تعليقك',
  'اترك تعليقاً', 'اشترك', 'اشترك الآن', 'اشترك في النشرة', 'اشترك في النشرة البريدية',
  'حقوق النشر محفوظة', 'جميع الحقوق محفوظة', 'جاري التحميل', 'جار التحميل', 'العودة للأعلى',
  'share', 'print', 'copy link', 'advertisement', 'comments', 'read more', 'related', 'tags',
] as const;

/** Share targets, alone on a line or after شارك على / عبر. */
export const SHARE_TARGETS = [
  'فيسبوك', 'فيس بوك', 'تويتر', 'إكس', 'واتساب', 'واتس اب', 'واتس آب', 'تلغرام', 'تيليغرام', 'تيليجرام',
  'تليجرام', 'لينكد إن', 'لينكدإن', 'انستغرام', 'إنستغرام', 'يوتيوب', 'ماسنجر', 'البريد الإلكتروني',
  'البريد', 'facebook', 'twitter', 'x', 'whatsapp', 'telegram', 'linkedin', 'messenger', 'email', 'e-mail',
] as const;

/** Share verbs that may precede a target: `شارك على فيسبوك`, `مشاركة عبر واتساب`, `Share on X`. */
export const SHARE_VERBS = ['شارك', 'شاركها', 'مشاركة', 'انشر', 'share'] as const;
export const SHARE_CONNECTORS = ['على', 'عبر', 'في', 'on', 'via', 'to'] as const;

/**
 * Lines that start with one of these, followed by a colon and a short list or headline, are furniture:
 * `اقرأ أيضاً: عنوان مقال آخر`, `وسوم: روسيا، أوكرانيا`.
 */
export const LABEL_PREFIXES = [
  'اقرأ أيضاً', 'اقرأ كذلك', 'اقرأ المزيد', 'شاهد أيضاً', 'طالع أيضاً', 'للمزيد', 'تصنيفات', 'التصنيفات',
  'الوسوم', 'وسوم', 'الكلمات المفتاحية', 'كلمات مفتاحية', 'كلمات دالة', 'المواضيع', 'الموضوعات', 'tags',
] as const;

/** Copyright phrases; a line opening or closing with one is a copyright notice. */
export const RIGHTS_RESERVED = [
  'جميع الحقوق محفوظة', 'حقوق النشر محفوظة', 'الحقوق محفوظة', 'حقوق الطبع محفوظة', 'all rights reserved',
] as const;

/** Publication metadata in front of a timestamp: `آخر تحديث: 28 فبراير 2023 - 14:05`. */
export const TIMESTAMP_LABELS = [
  'آخر تحديث', 'تاريخ النشر', 'تاريخ التحديث', 'نشر في', 'نشر بتاريخ', 'تم النشر', 'تم التحديث',
  'محدث', 'updated', 'published', 'last updated',
] as const;

/**
 * Sentences that are furniture in full, recognised by their opening: BBC Arabic's app notice, Al Arabiya's
 * op-ed disclaimer, follow-us and newsletter lines.
 */
export const NOTICE_OPENINGS = [
  'يمكنكم استلام إشعارات', 'يمكنكم تسلم إشعارات', 'يمكنكم تلقي إشعارات', 'جميع المقالات المنشورة تمثل رأي',
  'اشترك في النشرة', 'اشترك في نشرتنا', 'سجل في النشرة', 'تابعونا على', 'تابعونا عبر', 'تابعنا على',
] as const;

/** Words a bare timestamp line may hold besides numbers and a date: `الثلاثاء 28 فبراير 2023 - 02:05 م`. */
export const TIMESTAMP_WORDS = [
  'السبت', 'الأحد', 'الاثنين', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة',
  'ص', 'م', 'صباحاً', 'مساءً', 'ظهراً', 'بتوقيت', 'غرينتش', 'جرينتش', 'مكة', 'المكرمة', 'القاهرة',
  'أبوظبي', 'أبو ظبي', 'بيروت', 'الرياض', 'الدوحة', 'دبي', 'الساعة', 'gmt', 'utc', 'am', 'pm',
] as const;

/** Units of the relative times sites print instead of a date: `منذ ساعتين`, `قبل 3 دقائق`. */
export const RELATIVE_TIME_UNITS = [
  'ثانية', 'ثوان', 'ثواني', 'دقيقة', 'دقيقتين', 'دقيقتان', 'دقائق', 'ساعة', 'ساعتين', 'ساعتان', 'ساعات',
  'يوم', 'يومين', 'يومان', 'أيام', 'أسبوع', 'أسبوعين', 'أسابيع', 'شهر', 'شهرين', 'أشهر', 'شهور',
  'سنة', 'سنتين', 'سنوات', 'عام', 'عامين', 'أعوام',
] as const;
