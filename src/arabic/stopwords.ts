/**
 * Arabic stopwords: function words that carry no topic, dropped at index and query time alike.
 *
 * Base list: the Arabic list of stopwords-iso 1.1.0 (npm `stopwords-iso`, MIT, github.com/stopwords-iso),
 * reviewed for news and kept here rather than imported, because the index is built with this exact list:
 * a silent upstream change would make queries and the stored index disagree (bump SEARCH_INDEX_VERSION
 * in src/search when editing it).
 */
import { normalizeArabic } from './normalize.ts';

/** stopwords-iso `ar`, minus the words listed in NEWS_WORDS_KEPT. */
const STOPWORDS_ISO_AR = `
آض آمينَ آه آهاً آي أ أجل أجمع أخ أخذ أصبح أضحى أقبل أقل أكثر ألا أم أما أمامك أمامكَ أمسى أمّا أن
أنا أنت أنتم أنتما أنتن أنتِ أنشأ أنّى أو أوشك أولئك أولئكم أولاء أولالك أوّهْ أي أيا أين أينما أيّ
أَنَّ أََيُّ أُفٍّ إذ إذا إذاً إذما إذن إلى إليكم إليكما إليكنّ إليكَ إلَيْكَ إلّا إمّا إن إنّما إي
إياك إياكم إياكما إياكن إيانا إياه إياها إياهم إياهما إياهن إياي إيهٍ إِنَّ ا ابتدأ اثر اجل احد اخرى
اخلولق اذا ارتدّ استحال اطار اعلنت اف اكثر اكد الألاء الألى الا الاخيرة الان الاول الاولى التى التي
الثاني الثانية الذى الذي الذين اللائي اللاتي اللتان اللتيا اللتين اللذان اللذين اللواتي الماضي
المقبل الوقت الى اما امام ان انبرى انقلب انه انها او اول اي ايضا ب بات باسم بان بخٍ بسبب بسّ بشكل
بضع بطآن بعد بعض بك بكم بكما بكن بل بلى بما بماذا بمن بنا به بها بي بيد بين بَسْ بَلْهَ بِئْسَ تانِ
تانِك تبدّل تجاه تحوّل تلقاء تلك تلكم تلكما تم تينك تَيْنِ تِه تِي ثم ثمّ ثمّة ثُمَّ جعل جلل جميع
جير حاشا حاليا حاي حتى حرى حسب حوالى حول حيث حيثما حين حيَّ حَبَّذَا حَتَّى حَذارِ خلا خلال دون دونك
ذا ذات ذاك ذانك ذانِ ذلك ذلكم ذلكما ذلكن ذو ذوا ذواتا ذواتي ذيت ذينك ذَيْنِ ذِه ذِي راح رجع رويدك
ريث رُبَّ سبحان سرعان سوف سوى سَاءَ سَاءَمَا شخصا شرع شَتَّانَ صار صهٍ صهْ ضمن طاق طالما طفق طَق ظلّ
عاد عدا عدة عدد عدم عسى علق على عليك عليه عليها علًّ عن عند عندما عوض عَدَسْ عَمَّا غير ف فان فلان
فو فى في فيم فيما فيه فيها قال قام قبل قد قطّ قلما كأنّما كأين كأيّ كأيّن كاد كان كانت كذا كذلك كرب
كل كلا كلاهما كلتا كليكما كليهما كلّما كلَّا كم كما كي كيت كيف كيفما كَأَنَّ كِخ لئن لا لات لاسيما
لدن لدى لعمر لقاء لك لكم لكما لكن لكنَّما لكي لكيلا لم لما لمّا لن لنا له لها لو لوكالة لولا لوما لي
لَسْتَ لَسْتُ لَسْتُم لَسْتُمَا لَسْتُنَّ لَسْتِ لَسْنَ لَعَلَّ لَكِنَّ لَيْتَ لَيْسَ لَيْسَا
لَيْسَتَا لَيْسَتْ لَيْسُوا لَِسْنَا ما ماانفك مابرح مادام ماذا مازال مافتئ متى مثل مذ مع معاذ مقابل
مكانكم مكانكما مكانكنّ مكانَك مما ممن من منذ منها مه مهما مَنْ مِن نحن نحو نعم نفس نفسه نَخْ نِعِمّا
نِعْمَ ها هاؤم هاكَ هاهنا هبّ هذا هذه هكذا هل هلمَّ هلّا هم هما هن هنا هناك هنالك هو هي هيا هيت هيّا
هَؤلاء هَاتانِ هَاتَيْنِ هَاتِه هَاتِي هَجْ هَذا هَذانِ هَذَيْنِ هَذِه هَذِي هَيْهَاتَ و وا واحد
واضاف واضافت واكد وان واهاً واوضح وراءَك وفي وقال وقالت وقد وكان وكانت ولا ولم ومن وهو وهي ويكأنّ
وَيْ وُشْكَانََ يكون يمكن ّأيّان
`;

/**
 * Removed from the base list because they matter in news: quantities (`مليار دولار`), days and months
 * (`اليوم الوطني`, `مايو`/`أيار`/`آب`), `زيارة`, `قوة`, `ضد`, `وقف` (ceasefire),
 * `إعادة` (reconstruction), `شبه` (peninsula), `عين` (place names), `بن` (names: `محمد بن سلمان`),
 * `فرانس برس`, `للأمم المتحدة`, `الحكم الذاتي`, `الرئيس السابق`, `كلم` (km), `حار` (weather).
 */
export const NEWS_WORDS_KEPT = `
، ـ و6 زيارة مليار مليون الف عامة يوم اليوم ايام امس غدا صباح مساء مايو ايار قوة ضد نهاية السابق
الذاتي برس للامم اربعة ثلاثة عشرة عشر صفر اعادة وقف عين شبه كلم بن حم حار أب
`;

/**
 * Question words, also in their run-together and colloquial spellings (`ماهو`, `مازا`), and `اسم`
 * of `ما اسم…؟`: a question typed in full is searched by its content words.
 */
const QUESTION_WORDS = 'ما من متى أين كم هل كيف لماذا ماذا ماهو ماهي متي ممن لمن بكم مما عما مازا بمازا لمازا اسم';

/** Pronoun-suffixed prepositions, auxiliaries and common misspellings (`اللتي`) that the base list lacks. */
const NEWS_FUNCTION_WORDS = `
منه عنه عنها منهم عنهم لهم لهما عليهم عليهما بهم بهما فيهم اليه اليها اليهم لديه لديها لديهم وفق وفقا
لقد انهم انهما كانوا تكون يكونوا ليس ليست
اللتي اللذي اللتى اللذى اللتين اللذين
`;

function foldForStopwords(word: string): string {
  return normalizeArabic(word).replace(/\u0629/g, '\u0647');
}

const STOPWORDS: ReadonlySet<string> = new Set(
  [STOPWORDS_ISO_AR, QUESTION_WORDS, NEWS_FUNCTION_WORDS]
    .flatMap((list) => list.split(/\s+/))
    .filter((word) => word !== '')
    .map(foldForStopwords),
);

/** True for a stopword; `word` is expected normalized (`normalizeArabic`), with ة folded to ه. */
export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

/** The whole folded list, for review and tests. */
export function listStopwords(): string[] {
  return [...STOPWORDS].sort();
}
