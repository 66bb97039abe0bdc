/**
 * Yes/no facts about a word form that rules test on every word of every article (is it a month's
 * name, a scale word, a cue for an organization…), worked out once per lexicon entry and kept as two
 * bits of one integer on it (lexicon.ts): a word already met then answers from the entry it already
 * holds, without hashing its key into the rule's tables. Most words answer no, so a rule scanning an
 * article touches little more than the words themselves.
 *
 * A trait must depend only on the word's folded key (its stems, constant tables), never on its
 * neighbours or on the caller's options; words without an entry (numbers, marks, words made by hand)
 * are tested each time.
 */
import type { Word } from './words.ts';

/** Two bits per trait (known, and the answer) in a small integer. */
const MAX_TRAITS = 15;
let traitCount = 0;

export type WordTest = (word: Word) => boolean;

/** `test`, remembered per lexicon entry. Call once per trait, at module load. */
export function wordTrait(test: WordTest): WordTest {
  if (traitCount >= MAX_TRAITS) throw new Error(`word-traits: more than ${MAX_TRAITS} traits; widen Lexeme.traits`);
  const known = 1 << (2 * traitCount);
  const yes = known << 1;
  traitCount += 1;
  return (word) => {
    const lexeme = word.lexeme;
    if (lexeme === undefined) return test(word);
    const traits = lexeme.traits;
    if ((traits & known) !== 0) return (traits & yes) !== 0;
    const answer = test(word);
    lexeme.traits |= answer ? known | yes : known;
    return answer;
  };
}
