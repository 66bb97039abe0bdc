/** The built-in knowledge: countries, places, organizations, demonyms, person titles and given names. */
import { foldPhrase } from '../text/fold.ts';
import { buildDemonyms, loadCountries } from './countries.ts';
import { PhraseIndex } from './phrase-index.ts';
import { readList } from './read-list.ts';

export interface Gazetteer {
  /** Countries, places and organizations by name. */
  names: PhraseIndex;
  /** Folded demonym forms → the country's canonical name. */
  demonyms: ReadonlyMap<string, string>;
  /** Folded single-word country names (a tagger feature). */
  countryKeys: ReadonlySet<string>;
  placeKeys: ReadonlySet<string>;
  organizationKeys: ReadonlySet<string>;
  /** Title phrases before a person's name, folded; may be several words (`ولي العهد`). */
  titles: PhraseIndex;
  titleKeys: ReadonlySet<string>;
  givenNames: ReadonlySet<string>;
  /** Folded word → its spelling in the lists (`انتوني` → `أنتوني`), for canonical names. */
  spellings: ReadonlyMap<string, string>;
}

let loaded: Gazetteer | undefined;

function wordsOf(phrases: Iterable<string>): Set<string> {
  const keys = new Set<string>();
  for (const phrase of phrases) for (const word of foldPhrase(phrase).split(' ')) keys.add(word);
  return keys;
}

export function gazetteer(): Gazetteer {
  if (loaded !== undefined) return loaded;
  const names = new PhraseIndex('firsts');
  const countries = loadCountries();
  for (const country of countries) for (const name of country.names) names.add(name, { type: 'LOC', canonical: country.canonical });
  const places = readList('places.txt');
  for (const [canonical = '', ...aliases] of places) {
    for (const name of [canonical, ...aliases]) names.add(name, { type: 'LOC', canonical });
  }
  const organizations = readList('organizations.txt');
  for (const [canonical = '', ...aliases] of organizations) {
    for (const name of [canonical, ...aliases]) names.add(name, { type: 'ORG', canonical });
  }
  const titles = new PhraseIndex('otherFirsts');
  const titleLines = readList('person-titles.txt').map(([title = '']) => title);
  for (const title of titleLines) titles.add(title, { type: 'PER', canonical: title });
  const spellings = new Map<string, string>();
  const spell = (phrases: Iterable<string>) => {
    for (const phrase of phrases) {
      for (const word of phrase.trim().split(/\s+/u)) {
        const key = foldPhrase(word);
        if (key !== '' && !spellings.has(key)) spellings.set(key, word);
      }
    }
  };
  spell(countries.flatMap((country) => [country.canonical]));
  spell(places.map(([canonical = '']) => canonical));
  spell(organizations.map(([canonical = '']) => canonical));
  spell(readList('first-names.txt').map(([name = '']) => name));
  loaded = {
    names,
    demonyms: buildDemonyms(countries),
    countryKeys: new Set(countries.flatMap((country) => country.names.map(foldPhrase)).filter((key) => !key.includes(' '))),
    placeKeys: wordsOf(places.flat()),
    organizationKeys: wordsOf(organizations.flat()),
    titles,
    titleKeys: wordsOf(titleLines),
    givenNames: new Set(readList('first-names.txt').map(([name = '']) => foldPhrase(name))),
    spellings,
  };
  return loaded;
}
