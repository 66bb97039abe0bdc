/**
 * Mends where people's names begin and end once the tagger and the cues have found them, with what
 * Arabic names are made of: a name does not end on a particle that binds it to the next word (`بن`,
 * `آل`, `أبو`, `عبد`), goes on over a family name with `آل` (`حمد بن خليفة آل ثاني`), and is one name
 * across a particle of a foreign name (`روبن فان بيرسي`); two names found side by side with nothing
 * between are one (`عزت` `أبو عوف`) unless the second opens with the conjunction `و`, which lists
 * people (`وغادة عادل وياسمين عبد العزيز`). Cross-validated on the five folds of ANERcorp's training
 * part, this took F1 from 0.744 to 0.748 (people 0.679 → 0.689). Tried and dropped there: leaving
 * out end words the tagger's weights put outside names (`شيراك شذ`: −0.001), and going on over a word
 * the tagger never saw (−0.010).
 *
 * extendOverFamilyName then lets a name that ends on a given name, or a title's name on a word read as
 * a name, go on over one definite word read as a name (`فائز السراج`, `سعود الفيصل`), which the
 * tagger often leaves out when it never saw the family name. Cross-validated: 0.7670 → 0.7673 (people
 * 0.694 → 0.695); going on over any word read as a name after any name lost 0.007.
 */
import { foldWord } from '../text/fold.ts';
import type { Word } from '../text/words.ts';
import type { RuleSpan } from './rule-span.ts';

/** Words that bind a name to the word after them. */
const LINKS = new Set(['بن', 'بنت', 'ابن', 'أبو', 'آل', 'عبد', 'أم'].map(foldWord));
/** Particles inside names, which the tagger often leaves out between two parts it found. */
const INNER = new Set(['فان', 'فون', 'دي', 'دا', 'دو', 'لا', 'بن', 'أبو', 'آل', 'ابن'].map(foldWord));
const FAMILY = foldWord('آل');

const isWord = (word: Word | undefined): word is Word => word !== undefined && word.kind === 'word';

/** A listed person (`وياسمين`), not a name that happens to start with و (`وليد`): the conjunction is a clitic of a longer word. */
function opensWithAnd(word: Word, span: RuleSpan): boolean {
  return word.key.startsWith('و') && span.cliticLetters === 0 && word.key.length > 3;
}

/** The spans with people's names mended; other spans as they were. `spans` must not overlap. */
export function mendPersonBoundaries(words: readonly Word[], spans: readonly RuleSpan[]): RuleSpan[] {
  const sorted = [...spans].sort((a, b) => a.from - b.from);
  const taken = new Uint8Array(words.length);
  for (const span of sorted) taken.fill(1, span.from, span.to);
  const result: RuleSpan[] = [];
  for (let index = 0; index < sorted.length; index += 1) {
    let span = sorted[index]!;
    if (span.type !== 'PER') {
      result.push(span);
      continue;
    }
    for (;;) {
      const last = words[span.to - 1]!;
      const next = words[span.to];
      const after = words[span.to + 1];
      const following = sorted[index + 1];
      const adjacent = following !== undefined && (following.from === span.to || (following.from === span.to + 1 && next !== undefined && INNER.has(next.key)));
      if (adjacent && following.type === 'PER' && !opensWithAnd(words[following.from]!, following)) {
        span = { ...span, to: following.to, canonical: undefined, evidence: following.evidence === 'cue' ? 'cue' : span.evidence };
        index += 1;
        continue;
      }
      if (isWord(next) && taken[span.to] === 0 && (LINKS.has(last.key) || (next.key === FAMILY && isWord(after) && taken[span.to + 1] === 0))) {
        span = { ...span, to: next.key === FAMILY ? span.to + 2 : span.to + 1, canonical: undefined };
        continue;
      }
      break;
    }
    result.push(span);
  }
  return result;
}

export interface FamilyNameTests {
  isGivenName: (word: Word) => boolean;
  isFunctionWord: (word: Word) => boolean;
  /** Whether a word reads as a name (a given name, the tagger's weights, or a word it never saw). */
  nameLike: (word: Word) => boolean;
}

/** People's names going on over a definite family name (see the module header); other spans as they were. */
export function extendOverFamilyName(words: readonly Word[], spans: readonly RuleSpan[], tests: FamilyNameTests): RuleSpan[] {
  const taken = new Uint8Array(words.length);
  for (const span of spans) taken.fill(1, span.from, span.to);
  return spans.map((span) => {
    if (span.type !== 'PER') return span;
    const last = words[span.to - 1]!;
    if (!tests.isGivenName(last) && !(span.evidence === 'cue' && tests.nameLike(last))) return span;
    const next = words[span.to];
    if (!isWord(next) || taken[span.to] === 1 || !next.key.startsWith('ال') || tests.isFunctionWord(next) || !tests.nameLike(next)) return span;
    taken[span.to] = 1;
    return { ...span, to: span.to + 1, canonical: undefined };
  });
}
