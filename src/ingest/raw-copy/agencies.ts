/** News agencies and photo services as Arabic copy names them, for credits and datelines. */
import { normalizeArabic } from '../../arabic/normalize.ts';

/** Written as they appear in copy; matched after normalizeArabic, so hamza and harakat variants need no entry. */
const AGENCIES = [
  'رويترز', 'وكالة رويترز',
  'أ ف ب', 'أ.ف.ب', 'فرانس برس', 'وكالة فرانس برس', 'فرانس 24',
  'أ ب', 'أ.ب', 'أسوشيتد برس', 'أسوشييتد برس', 'وكالة أسوشيتد برس',
  'د ب أ', 'د.ب.أ', 'الألمانية', 'إ ب أ', 'إ.ب.أ', 'الأوروبية',
  'الأناضول', 'وكالة الأناضول', 'شينخوا', 'سبوتنيك', 'تاس', 'نوفوستي', 'إرنا', 'إيسنا',
  'واس', 'وام', 'قنا', 'كونا', 'بنا', 'سانا', 'أ ش أ', 'وفا', 'بترا', 'العمانية', 'الأنباء الكويتية',
  'غيتي', 'غيتي إيميجز', 'جيتي', 'جيتي إيميجز',
  'الشرق', 'الشرق الأوسط', 'وكالات', 'الوكالات', 'مواقع التواصل', 'مواقع التواصل الاجتماعي', 'أرشيف', 'أرشيفية',
] as const;

const KNOWN = new Set(AGENCIES.map((name) => normalizeArabic(name)));
/** Latin-script credits (AFP, Getty Images, Reuters/Name), web addresses and handles: never Arabic prose. */
const LATIN_CREDIT = /^(?=.*\p{Script=Latin})[\p{Script=Latin}\p{N}\s.&/'’@_:+-]+$/u;

export function isKnownAgency(text: string): boolean {
  return KNOWN.has(normalizeArabic(text).replace(/[.\s]+$/u, ''));
}

/** A credit that cannot be the end of an ordinary sentence: a known agency or a Latin-script name or address. */
export function isStrongCredit(text: string): boolean {
  return isKnownAgency(text) || LATIN_CREDIT.test(text.trim());
}
