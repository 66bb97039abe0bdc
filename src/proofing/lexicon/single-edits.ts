/**
 * Every spelling one typing slip away from a word (Damerau-Levenshtein distance 1: a letter dropped,
 * added, swapped with its neighbour or replaced), the candidate generator of Norvig's spelling corrector.
 */

export type EditKind = 'deletion' | 'transposition' | 'substitution' | 'insertion';

export interface Edit {
  word: string;
  kind: EditKind;
  /** The letter removed, added or replaced (the replaced one for substitutions). */
  letter: string;
  /** The letter written instead, for substitutions. */
  replacement?: string;
}

/** The letters a slip may add or swap in: the 36 of Arabic news spelling. */
export const ARABIC_ALPHABET = 'ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي';

export function singleEdits(word: string, alphabet = ARABIC_ALPHABET): Edit[] {
  const edits: Edit[] = [];
  const seen = new Set<string>([word]);
  const add = (edit: Edit) => {
    if (seen.has(edit.word)) return;
    seen.add(edit.word);
    edits.push(edit);
  };
  for (let index = 0; index <= word.length; index += 1) {
    const head = word.slice(0, index);
    const letter = word[index];
    if (letter !== undefined) {
      const tail = word.slice(index + 1);
      // The word as typed has an extra letter: deleting it gives the intended word.
      add({ word: head + tail, kind: 'deletion', letter });
      const next = word[index + 1];
      if (next !== undefined && next !== letter) add({ word: head + next + letter + word.slice(index + 2), kind: 'transposition', letter });
      for (const replacement of alphabet) {
        if (replacement !== letter) add({ word: head + replacement + tail, kind: 'substitution', letter, replacement });
      }
    }
    for (const inserted of alphabet) add({ word: head + inserted + word.slice(index), kind: 'insertion', letter: inserted });
  }
  return edits;
}
