/**
 * Names the entity gazetteer knows (countries, places, organisations, given names): the misspelling
 * rule takes them as names. The one place proofing reads src/entities, so a change there lands here.
 */
import { gazetteer } from '../../entities/gazetteer/gazetteer.ts';
import { foldWord } from '../../entities/text/fold.ts';
import { anyProcliticBase } from './clitics.ts';

export function gazetteerVouches(word: string): boolean {
  const known = gazetteer();
  return anyProcliticBase(word, (form) => {
    const key = foldWord(form);
    return known.countryKeys.has(key) || known.placeKeys.has(key) || known.organizationKeys.has(key) || known.givenNames.has(key);
  });
}
