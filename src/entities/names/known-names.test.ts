import { describe, expect, it } from 'vitest';
import { PhraseIndex } from '../gazetteer/phrase-index.ts';
import { splitWords } from '../text/words.ts';
import { memoryIndex } from './known-names.ts';
import type { NameMemory, RememberedName } from './name-memory.ts';

/** The index built in one pass, as known-names.ts built it for every memory before it was kept up to date. */
function builtAtOnce(memory: NameMemory, minSightings: number): PhraseIndex {
  const index = new PhraseIndex();
  const names = Object.values(memory.names).filter((name) => name.sightings >= minSightings);
  for (const name of names) {
    const known = { type: name.type, canonical: name.canonical };
    index.add(name.canonical, known);
    for (const alias of name.aliases) index.add(alias, known);
  }
  for (const name of names) {
    if (name.type !== 'PER' || !name.canonical.includes(' ')) continue;
    for (const full of [name.canonical, ...name.aliases]) {
      const surname = full.split(' ').at(-1) ?? '';
      if (full.includes(' ') && surname.length >= 4) index.add(surname, { type: name.type, canonical: name.canonical });
    }
  }
  return index;
}

function matchesIn(index: PhraseIndex, text: string): string[] {
  const words = splitWords(text);
  const found: string[] = [];
  for (let at = 0; at < words.length; at += 1) {
    const match = index.matchAt(words, at);
    if (match !== null) found.push(`${match.from}-${match.to} ${match.name.type} ${match.name.canonical}${match.cliticLetters ? ` +${match.cliticLetters}` : ''}`);
  }
  return found;
}

const name = (type: 'PER' | 'ORG', canonical: string, aliases: string[] = [], sightings = 1): RememberedName => ({ type, canonical, aliases, sightings, lastSeen: null });
const memoryOf = (entries: [string, RememberedName][]): NameMemory => ({ version: 1, names: Object.fromEntries(entries) });

const TEXTS = [
  'التقى أنتوني بلينكن نظيره سيرغي لافروف، وقال بلينكن إن لافروف وعد بالرد، وأكد ولافروف ذلك',
  'قال محمد بن سلمان ومحمد علي ومحمد علي كلاي إن محمد حسن ومحمد سيحضرون مع رئيسي ورئيسى',
  'نشرت صحيفة الأهرام وصحيفة الشرق الأوسط تقريرا عن شركة أرامكو وأرامكو السعودية',
];

describe('memoryIndex', () => {
  it('answers for each memory of an import as an index built from that memory alone, kept up to date in between', () => {
    const blinken = name('PER', 'أنتوني بلينكن', ['بلينكن']);
    const lavrov = name('PER', 'سيرغي لافروف');
    // Names sharing a first word past the length at which an index groups them by their second word.
    const mohammeds: [string, RememberedName][] = ['بن سلمان', 'علي', 'علي كلاي', 'حسن', 'صلاح', 'رمضان', 'عبده', 'منير', 'فؤاد'].map((rest) => [
      `محمد ${rest}`,
      name('PER', `محمد ${rest}`),
    ]);
    const steps: NameMemory[] = [];
    steps.push(memoryOf([['انتوني بلينكن', blinken]]));
    // A new name appended, and the first one changed in place (a sighting more).
    steps.push(memoryOf([['انتوني بلينكن', { ...blinken, sightings: 2 }], ['سيرغي لافروف', lavrov], ...mohammeds]));
    const previous = steps.at(-1)!.names;
    // A name taken under a fuller one (its key dropped), an alias spelled with another hamza seat, an organization.
    steps.push(
      memoryOf([
        ['انتوني بلينكن', previous['انتوني بلينكن']!],
        ['سيرغي لافروف', { ...lavrov, aliases: ['لافروف'], sightings: 2 }],
        ...mohammeds.filter(([key]) => key !== 'محمد علي'),
        ['ابراهيم ريسي', name('PER', 'إبراهيم رئيسي', ['إبراهيم رئيسى'])],
        ['الاهرام', name('ORG', 'الأهرام')],
      ]),
    );
    // A key moved to the end; names whose phrases others already had: an alias (`محمد حسن`: the earlier
    // name wins), a one-word name that is another's surname (`رئيسي`: canonicals and aliases win over surnames).
    const third = steps.at(-1)!.names;
    steps.push(
      memoryOf([
        ...Object.entries(third).filter(([key]) => key !== 'انتوني بلينكن'),
        ['علي', name('PER', 'محمد علي', ['علي', 'محمد حسن'])],
        ['ريسي', name('ORG', 'رئيسي')],
        ['انتوني بلينكن', third['انتوني بلينكن']!],
      ]),
    );
    // Everything gone but one.
    steps.push(memoryOf([['الاهرام', name('ORG', 'الأهرام', ['صحيفة الأهرام'], 3)]]));
    for (const minSightings of [1, 2]) {
      // Forward, then back over every memory, then one not seen before: each asked for after another.
      for (const memory of [...steps, ...steps.slice().reverse(), steps[2]!, steps[0]!, steps[3]!]) {
        const kept = memoryIndex(memory, minSightings);
        const fresh = builtAtOnce(memory, minSightings);
        for (const text of TEXTS) expect(matchesIn(kept, text)).toEqual(matchesIn(fresh, text));
      }
    }
    // Not vacuous: the names are found.
    expect(matchesIn(memoryIndex(steps[2]!, 1), TEXTS[0]!)).toEqual([
      '1-3 PER أنتوني بلينكن',
      '2-3 PER أنتوني بلينكن',
      '4-6 PER سيرغي لافروف',
      '5-6 PER سيرغي لافروف',
      '8-9 PER أنتوني بلينكن',
      '10-11 PER سيرغي لافروف',
      '15-16 PER سيرغي لافروف +1',
    ]);
    expect(matchesIn(memoryIndex(steps[3]!, 1), TEXTS[1]!)).toEqual(expect.arrayContaining(['1-4 PER محمد بن سلمان', '10-12 PER محمد حسن', '15-16 ORG رئيسي']));
  });
});
