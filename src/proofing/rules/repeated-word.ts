/**
 * A word typed twice: side by side (`فقط فقط`), or around its subject (`وتمتلك كازاخستان تمتلك`), the
 * trace of an edit that moved a verb and left its old copy. Doubling that Arabic uses on purpose
 * (`خطوة خطوة`, `رويداً رويداً`) and phrases built on a repeated noun (`جنبا إلى جنب`) are accepted.
 */
import type { WordLexicon } from '../lexicon/word-lexicon.ts';
import type { Finding, Message } from '../rule.ts';
import { FUNCTION_WORDS } from '../text/function-words.ts';
import type { ProofDocument } from '../text/proof-document.ts';
import type { WordSpan } from '../text/word-spans.ts';
import { defineRule } from './define-rule.ts';

/** Words whose doubling is idiomatic: distributive or gradual adverbs, emphasis in speech. */
const LEGITIMATE_DOUBLES = new Set(
  `خطوة رويدا شيئا قليلا كلمة حرفا بيتا بيت دار زنقة شبرا فردا واحدا اثنين اثنان مثنى يوما ساعة دقيقة سنة عاما
  جدا لا نعم كثيرا شوية بابا ماما حبة رجلا شارع حارة قرية مدينة صفا رتلا أولا بين`.split(/\s+/),
);

/**
 * Letters spelled out in acronyms (`بي بي سي`, `سي إن إن`, `يو إس إس`): their doubling is the acronym.
 */
const LETTER_NAMES = new Set('بي بى سي سى إس اس إن ان أن إم ام إف اف آي اي أي دي تي جي جيه يو إل إتش كي كيه كا إيه أو في إكس زد'.split(' '));
/** First names that are also family names: `أحمد أحمد`, `محمد محمد`, `عبد الله عبد الله`. */
const DOUBLED_NAMES = new Set('محمد أحمد محمود علي حسن حسين إبراهيم عبد الله مصطفى خالد عمر عثمان يوسف موسى'.split(' '));
const MIN_ECHO_LENGTH = 4;

function isPlainSpace(text: string): boolean {
  return /^[ \t\u00a0]+$/.test(text);
}

function comparable(word: WordSpan): string {
  return word.kind === 'latin' ? word.text.toLowerCase() : word.bare;
}

/** The echo and the space that goes with it, so that deleting the span leaves one space. */
function deletionSpan(document: ProofDocument, word: WordSpan): { start: number; end: number } {
  const text = document.text;
  if (text[word.end] === ' ') return { start: word.start, end: word.end + 1 };
  let start = word.start;
  while (start > 0 && text[start - 1] === ' ') start -= 1;
  return { start, end: word.end };
}

/** `بي بي سي`, `سي إن إن`, `كيه كيه شايلاجا`, `فيتامين وبي`: letters of an acronym or initials. */
function isSpelledLetter(document: ProofDocument, word: WordSpan): boolean {
  const bare = word.bare.replace(/^و(?=..)/, '');
  if (!LETTER_NAMES.has(bare)) return false;
  if (!FUNCTION_WORDS.has(bare)) return true;
  // `إن`, `أن`, `في`, `أو` are letters only beside other letters: `سي إن إن`.
  const before = document.words[word.index - 2];
  const after = document.words[word.index + 1];
  return (before !== undefined && LETTER_NAMES.has(before.bare)) || (after !== undefined && LETTER_NAMES.has(after.bare));
}

function isDeliberateDoubling(document: ProofDocument, word: WordSpan, lexicon: WordLexicon): boolean {
  if (isSpelledLetter(document, word)) return true;
  const previous = document.words[word.index - 1] as WordSpan;
  const text = document.text;
  // `مِن مَن`: different harakat, different words.
  if (previous.text !== word.text && /[\u064B-\u0652]/.test(previous.text + word.text)) return true;
  // A chant or a cry: three or more in a row (`حب حب حب`), or the whole of a quotation (`"الانتقام الانتقام"`).
  const before = document.words[word.index - 2];
  const after = document.words[word.index + 1];
  if ((before !== undefined && comparable(before) === comparable(word)) || (after !== undefined && comparable(after) === comparable(word))) return true;
  if ('"«“'.includes(text[previous.start - 1] ?? '') && '"»”'.includes(text[word.end] ?? '')) return true;
  // Names and transliterations the dictionaries do not know (`هام ساث ساث هين`).
  if (word.kind === 'arabic' && !lexicon.isKnown(word.bare)) return true;
  // A written tanween (`رويداً رويداً`) shows the writer meant the adverbial doubling.
  return (
    LEGITIMATE_DOUBLES.has(word.bare) ||
    LEGITIMATE_DOUBLES.has(word.bare.replace(/ا$/, '')) ||
    DOUBLED_NAMES.has(word.bare) ||
    /[\u064B-\u064D]/.test(word.text)
  );
}

/**
 * `وتمتلك كازاخستان تمتلك`: a word with its conjunction, one word, then the word again without it.
 * Only this shape is an echo: a plain `X Y X` is usually parallel structure (`القانون الدولي … والقانون الدولي`).
 */
function isEcho(document: ProofDocument, word: WordSpan): boolean {
  const first = document.words[word.index - 2];
  // Cheapest test first: the word two back is this one with a conjunction in front.
  if (first === undefined || first.bare.length !== word.bare.length + 1 || !first.bare.endsWith(word.bare)) return false;
  const middle = document.words[word.index - 1];
  if (middle === undefined || word.kind !== 'arabic' || middle.kind !== 'arabic') return false;
  if (word.bare.length < MIN_ECHO_LENGTH || FUNCTION_WORDS.has(word.bare) || FUNCTION_WORDS.has(middle.bare)) return false;
  if (first.bare !== `و${word.bare}` && first.bare !== `ف${word.bare}`) return false;
  // `وأحفادك وأحفاد أحفادك`: an enumeration, each item with its conjunction.
  if (middle.bare.startsWith('و')) return false;
  return isPlainSpace(document.between(first, middle)) && isPlainSpace(document.between(middle, word));
}

const ECHO_MESSAGE: Message = { ar: 'كلمة مكررة بعد كلمة واحدة من ورودها', en: 'A word repeated one word after its first use' };

export const repeatedWordRule = defineRule({
  id: 'repeated-word',
  severity: 'error',
  message: { ar: 'كلمة مكررة', en: 'A word repeated' },
  examples: [
    { wrong: 'وافق المجلس فقط فقط على القرار', right: 'وافق المجلس فقط على القرار' },
    { wrong: 'وتمتلك كازاخستان تمتلك بعضاً من أكبر حقول النفط', right: 'وتمتلك كازاخستان بعضاً من أكبر حقول النفط' },
    { wrong: 'قال الوزير إن إن الاتفاق قريب', right: 'قال الوزير إن الاتفاق قريب' },
    { wrong: 'the the report', right: 'the report' },
  ],
  accepts: [
    'تقدمت القوات خطوة خطوة نحو المدينة',
    'انسحب الجنود رويداً رويداً',
    'سار الجنديان جنبا إلى جنب',
    'وقفا وجها لوجه',
    'قالت لا، لا أريد',
    'قال إن الحكومة ملتزمة، الحكومة كلها',
    'وفقا لشبكة بي بي سي وشبكة سي إن إن',
    'رئيس الاتحاد الأفريقي أحمد أحمد',
    'القانون الدولي الإنساني والقانون الدولي لحقوق الإنسان',
    'ربما تكونون أيضا مِن مَن حكموا عليهم',
    'وهتفوا "الانتقام الانتقام"',
    'وغردت "حب حب حب"',
    'تبقى أنت وأولادك وأحفادك وأحفاد أحفادك',
    'من "بي بي+" إلى "بي بي"',
    'ويعمل الفريق يوما بعد يوم',
  ],
  check(document, { lexicon }) {
    const findings: Finding[] = [];
    const words = document.words;
    for (let index = 1; index < words.length; index += 1) {
      const word = words[index] as WordSpan;
      const previous = words[index - 1] as WordSpan;
      if (word.kind === 'number') continue;
      if (comparable(previous) === comparable(word) && isPlainSpace(document.between(previous, word)) && !isDeliberateDoubling(document, word, lexicon)) {
        findings.push({ ...deletionSpan(document, word), suggestions: [''] });
      } else if (isEcho(document, word)) {
        findings.push({ ...deletionSpan(document, word), suggestions: [''], message: ECHO_MESSAGE });
      }
    }
    return findings;
  },
});
