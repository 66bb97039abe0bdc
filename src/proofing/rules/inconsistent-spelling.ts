/**
 * One word spelled two ways in one article (`السوفيتي` / `السوفييتي`, `أميركا` / `أمريكا`,
 * `مسؤول` / `مسئول`). Words are reduced to a stem (proclitics and common suffixes off) and the spelling
 * choices news copy wavers on are folded; stems that fold together but are written differently are one
 * word spelled two ways. The minority spelling is reported, with the majority one as the suggestion.
 */
import type { Finding } from '../rule.ts';
import type { WordSpan } from '../text/word-spans.ts';
import { defineRule } from './define-rule.ts';

const PREFIXES = ['وبال', 'وال', 'فال', 'بال', 'كال', 'ولل', 'لل', 'ال', 'و', 'ف', 'ب', 'ل'];
const SUFFIXES = ['يتين', 'يتان', 'يين', 'يون', 'يات', 'ية', 'ين', 'ون', 'ات', 'ان', 'ي', 'ة', 'ها', 'هم', 'ه'];
const MIN_STEM = 3;
const VARIANT_SITE = /يي|[ؤئ]|مريك/;
const PLAIN_PARTNER = /يي|مريك/;

export interface Stemmed {
  prefix: string;
  stem: string;
  suffix: string;
}

export function stemOf(word: string): Stemmed {
  let prefix = '';
  let rest = word;
  for (const candidate of PREFIXES) {
    if (rest.startsWith(candidate) && rest.length - candidate.length >= MIN_STEM + 1) {
      prefix = candidate;
      rest = rest.slice(candidate.length);
      break;
    }
  }
  let suffix = '';
  for (const candidate of SUFFIXES) {
    if (rest.endsWith(candidate) && rest.length - candidate.length >= MIN_STEM) {
      suffix = candidate;
      rest = rest.slice(0, -candidate.length);
      break;
    }
  }
  return { prefix, stem: rest, suffix };
}

/** A doubled yeh is folded only in stems this long: shorter ones are different words (`تغيير` / `تغير`). */
const MIN_YEH_FOLD = 5;

/**
 * The spelling choices folded away: a doubled yeh inside a transliteration (`سوفييت`), the seat of a
 * medial hamza (`مسؤول` / `مسئول`) and `ير`/`ري` in America. A hamza at the end of the stem or after
 * alef changes its seat with the case ending (`أداء`, `أدائه`, `أداؤه`), so it is left alone.
 */
function foldVariants(stem: string): string {
  if (!stem.includes('يي') && !stem.includes('ؤ') && !stem.includes('ئ') && !stem.includes('مريك')) return stem;
  const withoutDoubledYeh = stem.replace(/يي(?=.)/g, 'ي');
  return (withoutDoubledYeh.length >= MIN_YEH_FOLD ? withoutDoubledYeh : stem)
    .replace(/(?<=[^ا])[ؤئ](?=.)/g, 'ء')
    .replace(/مريك/g, 'ميرك');
}

interface Group {
  /** Each spelling of the stem with its number of uses, in order of first use. */
  spellings: Map<string, number>;
  words: { word: WordSpan; stemmed: Stemmed }[];
}

export const inconsistentSpellingRule = defineRule({
  id: 'inconsistent-spelling',
  severity: 'warning',
  message: { ar: 'الكلمة مكتوبة بطريقتين في المقال نفسه', en: 'The same word is spelled two ways in this article' },
  examples: [
    {
      wrong: 'انفصلت عن الاتحاد السوفيتي، وبعد انهيار الاتحاد السوفييتي صارت الجمهورية السوفيتية السابقة',
      right: 'انفصلت عن الاتحاد السوفيتي، وبعد انهيار الاتحاد السوفيتي صارت الجمهورية السوفيتية السابقة',
    },
    { wrong: 'زار أميركا ثم عاد إلى أميركا، ثم قال إن أمريكا', right: 'زار أميركا ثم عاد إلى أميركا، ثم قال إن أميركا' },
    { wrong: 'قال مسؤول أميركي، وأكد مسؤولون آخرون، وقال مسئول', right: 'قال مسؤول أميركي، وأكد مسؤولون آخرون، وقال مسؤول' },
  ],
  accepts: [
    'قال مسؤول أميركي، وأكد مسؤولون آخرون',
    'الجمهورية السوفيتية والاتحاد السوفيتي',
    'حسّن أداءه بعد أداء سيئ، وأشاد الجميع بأدائه',
    'ساهم في تغيير الصورة التي تُغيّر المواقف',
    'طالب بإجلائهم بعد أن تم إجلاؤهم',
  ],
  check(document) {
    // Only stems that some word writes with a variant can be spelled two ways; most articles have none.
    const variantKeys = new Set<string>();
    /** Folded stems whose other spelling has no variant of its own (`سوفيت` for `سوفييت`): found by substring. */
    const plainKeys: string[] = [];
    for (const word of document.words) {
      if (word.kind !== 'arabic' || !VARIANT_SITE.test(word.bare)) continue;
      const key = foldVariants(stemOf(word.bare).stem);
      if (!variantKeys.has(key) && PLAIN_PARTNER.test(word.bare)) plainKeys.push(key);
      variantKeys.add(key);
    }
    if (variantKeys.size === 0) return [];
    const groups = new Map<string, Group>();
    for (const word of document.words) {
      // A hamza seat's other spelling has a seat too; the plain partners contain their folded stem.
      if (word.kind !== 'arabic' || !(VARIANT_SITE.test(word.bare) || plainKeys.some((key) => word.bare.includes(key)))) continue;
      const stemmed = stemOf(word.bare);
      const key = foldVariants(stemmed.stem);
      if (!variantKeys.has(key)) continue;
      let group = groups.get(key);
      if (group === undefined) groups.set(key, (group = { spellings: new Map(), words: [] }));
      group.spellings.set(stemmed.stem, (group.spellings.get(stemmed.stem) ?? 0) + 1);
      group.words.push({ word, stemmed });
    }
    const findings: Finding[] = [];
    for (const group of groups.values()) {
      if (group.spellings.size < 2) continue;
      // The majority spelling; on a tie, the one the article used first (Map order).
      const [majority, majorityCount] = [...group.spellings].reduce((best, entry) => (entry[1] > best[1] ? entry : best));
      for (const { word, stemmed } of group.words) {
        if (stemmed.stem === majority) continue;
        const count = group.spellings.get(stemmed.stem) ?? 0;
        findings.push({
          start: word.start,
          end: word.end,
          suggestions: [stemmed.prefix + majority + stemmed.suffix],
          message: {
            ar: `كُتبت هذه الكلمة «${stemmed.stem}» ${count} مرة، و«${majority}» ${majorityCount} مرة في المقال`,
            en: `Spelled «${stemmed.stem}» ${count} time(s) and «${majority}» ${majorityCount} time(s) in this article`,
          },
        });
      }
    }
    return findings.sort((left, right) => left.start - right.start);
  },
});
