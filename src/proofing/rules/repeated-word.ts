/**
 * A word typed twice: side by side (`فقط فقط`), or around its subject (`وتمتلك كازاخستان تمتلك`), the
 * trace of an edit that moved a verb and left its old copy. Doubling that Arabic uses on purpose
 * (`خطوة خطوة`, `رويداً رويداً`) and phrases built on a repeated noun (`جنبا إلى جنب`) are accepted.
 */
import type { Finding, Message } from '../rule.ts';
import { FUNCTION_WORDS } from '../text/function-words.ts';
import type { ProofDocument } from '../text/proof-document.ts';
import type { WordSpan } from '../text/word-spans.ts';
import { defineRule } from './define-rule.ts';

/** Words whose doubling is idiomatic: distributive or gradual adverbs, emphasis in speech. */
const LEGITIMATE_DOUBLES = new Set(
  `خطوة رويدا شيئا قليلا كلمة حرفا بيتا بيت دار زنقة شبرا فردا واحدا اثنين اثنان مثنى يوما ساعة دقيقة سنة عاما
  جدا لا نعم كثيرا شوية بابا ماما حبة رجلا شارع حارة قرية مدينة صفا رتلا أولا`.split(/\s+/),
);

/** How many words may stand between a word and its echo. */
const WINDOW = 2;
const MIN_ECHO_LENGTH = 3;

function isPlainSpace(text: string): boolean {
  return /^[ \t\u00a0]+$/.test(text);
}

function withoutConjunction(word: string): string {
  return (word.startsWith('و') || word.startsWith('ف')) && word.length > 3 ? word.slice(1) : word;
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

function isDeliberateDoubling(word: WordSpan): boolean {
  // A written tanween (`رويداً رويداً`) shows the writer meant the adverbial doubling.
  return LEGITIMATE_DOUBLES.has(word.bare) || LEGITIMATE_DOUBLES.has(word.bare.replace(/ا$/, '')) || /[\u064B-\u064D]/.test(word.text);
}

function echoMessage(wordsBetween: number): Message {
  return wordsBetween === 1
    ? { ar: 'كلمة مكررة بعد كلمة واحدة من ورودها', en: 'A word repeated one word after its first use' }
    : { ar: 'كلمة مكررة بعد كلمتين من ورودها', en: 'A word repeated two words after its first use' };
}

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
    'ويعمل الفريق يوما بعد يوم',
  ],
  check(document) {
    const findings: Finding[] = [];
    const words = document.words;
    for (let index = 1; index < words.length; index += 1) {
      const word = words[index] as WordSpan;
      if (word.kind === 'number') continue;
      const value = comparable(word);
      for (let distance = 1; distance <= WINDOW + 1 && distance <= index; distance += 1) {
        const earlier = words[index - distance] as WordSpan;
        // Only plain spaces between the words: punctuation or a line break starts a new phrase.
        if (!isPlainSpace(document.between(earlier, words[index - distance + 1] as WordSpan))) break;
        if (distance === 1) {
          if (comparable(earlier) === value && !isDeliberateDoubling(word)) {
            findings.push({ ...deletionSpan(document, word), suggestions: [''] });
          }
          continue;
        }
        // An echo: the earlier copy carries the conjunction (`وتمتلك … تمتلك`), content words only.
        if (word.kind !== 'arabic' || value.length < MIN_ECHO_LENGTH || FUNCTION_WORDS.has(value)) continue;
        if (withoutConjunction(earlier.bare) !== value) continue;
        const between = words.slice(index - distance + 1, index);
        if (between.some((middle) => middle.kind !== 'arabic' || FUNCTION_WORDS.has(middle.bare))) continue;
        findings.push({ ...deletionSpan(document, word), suggestions: [''], message: echoMessage(distance - 1) });
      }
    }
    return findings;
  },
});
