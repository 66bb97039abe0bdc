/**
 * Misspelled words: unknown to Hunspell (Ayaspell), the news word list and the house list, and one
 * typing slip away from a common word (Norvig's candidate generation, ranked by how common each
 * candidate is in news and how likely the slip). Names are the risk: a word the article repeats, one
 * after a title (`الرئيس`, `ميناء`), one beside another unknown word or in a short quoted name is
 * taken for a name, and so is one the entity gazetteer knows. An unknown word with no close common word
 * is a name or a rarity and is not flagged.
 */
import { cachedCorrections, hasCommonestSlipShape } from '../lexicon/corrections.ts';
import { gazetteerVouches } from '../lexicon/gazetteer-names.ts';
import type { Finding } from '../rule.ts';
import { hasArticle, inShortQuote, introducesName, looksLikeName, neighbour, usesInArticle } from '../text/name-evidence.ts';
import type { WordSpan } from '../text/word-spans.ts';
import { defineRule } from './define-rule.ts';

const MIN_LENGTH = 3;
/** The top 5% of the news word list: a word one slip from these is a slip, whatever stands beside it. */
const VERY_COMMON = 0.95;
const STANDARD_LETTERS = /^[\u0621-\u063A\u0641-\u064A]+$/;

export const misspellingRule = defineRule({
  id: 'misspelling',
  severity: 'warning',
  message: { ar: 'كلمة غير معروفة، ربما فيها خطأ إملائي', en: 'Unknown word, probably misspelled' },
  examples: [
    { wrong: 'شركتا النفط الأميركيتيين أعلنتا الاتفاق', right: 'شركتا النفط الأميركيتين أعلنتا الاتفاق' },
    { wrong: 'وقال الوزير إن الحكومه ستعلن القرار', right: 'وقال الوزير إن الحكومة ستعلن القرار' },
    { wrong: 'وأعلنت الوزارة عن برنامح جديد', right: 'وأعلنت الوزارة عن برنامج جديد' },
  ],
  accepts: [
    'التقى الرئيس قاسم جومارت توكاييف نظيره الأوكراني فولوديمير زيلينسكي',
    'وقال توكاييف إن بلاده محايدة، وأكد توكاييف ذلك',
    'شركتي "شيفرون" و"إكسون موبيل" الأميركيتين',
    'ينتهي خط الأنابيب في ميناء نوفوروسيسك الروسي',
    'وقال فولفغانغ كوبيكي نائب زعيم الحزب',
  ],
  check(document, { lexicon }) {
    const findings: Finding[] = [];
    const isUnknown = (word: WordSpan | undefined) =>
      word !== undefined && word.kind === 'arabic' && STANDARD_LETTERS.test(word.bare) && !lexicon.isKnown(word.bare);
    for (const word of document.words) {
      if (word.kind !== 'arabic' || word.bare.length < MIN_LENGTH || lexicon.isListed(word.bare)) continue;
      // Words with odd letters or letter runs belong to the persian-letters and repeated-letter rules.
      if (!STANDARD_LETTERS.test(word.bare) || /(.)\1\1/.test(word.bare)) continue;
      if (usesInArticle(document, word.bare) >= 2 || gazetteerVouches(word.bare)) continue;
      const previous = neighbour(document, word, -1);
      const listed = cachedCorrections(word.bare, lexicon, false);
      // A slip of one of the commonest words is a slip even beside a name or a title (`تويتر أظكثر`, `الرئيس اروسي`).
      const slipOfCommonWord = listed[0] !== undefined && lexicon.commonness(listed[0].word) >= VERY_COMMON;
      if (!slipOfCommonWord && previous !== undefined && introducesName(previous.bare) && !hasArticle(word.bare)) continue;
      // With no common word one slip away, only the commonest slips can still be found (through Hunspell).
      if (listed.length === 0 && !hasCommonestSlipShape(word.bare)) continue;
      const next = neighbour(document, word, 1);
      if (isUnknown(previous) || isUnknown(next)) continue;
      if (!slipOfCommonWord && (looksLikeName(previous, lexicon) || looksLikeName(next, lexicon) || inShortQuote(document, word))) continue;
      // Hunspell last: most unlisted words are good words it knows, and it is the slowest test. It is
      // asked for corrections only when no common word is one slip away.
      if (lexicon.isKnown(word.bare)) continue;
      const suggestions = listed.length > 0 ? listed : cachedCorrections(word.bare, lexicon, true);
      if (suggestions.length === 0) continue;
      findings.push({ start: word.start, end: word.end, suggestions: suggestions.map((suggestion) => suggestion.word) });
    }
    return findings;
  },
});
