/**
 * Persian and Urdu letters inside Arabic words (`ی` for `ي`, `ک` for `ك`), left by a Persian keyboard
 * layout: they look alike but break search, sorting and spell-checking. Letters Arabic borrows for
 * foreign sounds (`پ چ ژ ڤ گ`) are not flagged.
 */
import type { WordLexicon } from '../lexicon/word-lexicon.ts';
import type { Finding } from '../rule.ts';
import { defineRule } from './define-rule.ts';

const ARABIC_FOR: Readonly<Record<string, string>> = {
  'ک': 'ك', // keheh
  'ی': 'ي', // Farsi yeh: dotted in Arabic except at the end, where the writer may have meant ى
  'ې': 'ي',
  'ے': 'ي', // yeh barree
  'ە': 'ه',
  'ۀ': 'ه',
  'ہ': 'ه',
  'ھ': 'ه',
};
const FOREIGN = new RegExp(`[${Object.keys(ARABIC_FOR).join('')}]`, 'g');
const FARSI_YEH = 'ی';

/** Every Arabic spelling of the word, the likelier first; certain when there is only one. */
function arabicSpellings(word: string, lexicon: WordLexicon): { spellings: string[]; certain: boolean } {
  const medial = word.slice(0, -1).replace(FOREIGN, (letter) => ARABIC_FOR[letter] ?? letter);
  const last = word.at(-1) as string;
  if (last !== FARSI_YEH) return { spellings: [medial + (ARABIC_FOR[last] ?? last)], certain: true };
  const options = [`${medial}ي`, `${medial}ى`];
  const known = options.filter((option) => lexicon.isKnown(option)).sort((left, right) => lexicon.commonness(right) - lexicon.commonness(left));
  return known.length === 0 ? { spellings: options, certain: false } : { spellings: [...known, ...options.filter((option) => !known.includes(option))], certain: known.length === 1 };
}

export const persianLettersRule = defineRule({
  id: 'persian-letters',
  severity: 'warning',
  message: { ar: 'حرف فارسي أو أردي في كلمة عربية', en: 'Persian or Urdu letter in an Arabic word' },
  examples: [
    { wrong: 'وصل الوزیر إلى أستانة', right: 'وصل الوزير إلى أستانة' },
    { wrong: 'وقال إن الاتفاق کان قريبا', right: 'وقال إن الاتفاق كان قريبا' },
    { wrong: 'وصل الوزير إلی أستانة', right: 'وصل الوزير إلى أستانة' },
  ],
  accepts: ['زار الفريق مدينة گوتنبرغ وپاريس'],
  check(document, { lexicon }) {
    const findings: Finding[] = [];
    for (const word of document.words) {
      if (word.kind !== 'arabic') continue;
      FOREIGN.lastIndex = 0;
      if (!FOREIGN.test(word.bare)) continue;
      const { spellings, certain } = arabicSpellings(word.bare, lexicon);
      // The span is the bare word's letters: replace the whole written word (harakat are not kept).
      findings.push({ start: word.start, end: word.end, suggestions: spellings, safe: certain && word.bare === word.text });
    }
    return findings;
  },
});
