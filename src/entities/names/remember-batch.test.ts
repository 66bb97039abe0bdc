import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../lib/seeded-random.ts';
import { emptyNameMemory, nameKey, rememberBatch, rememberNames, type LearnedName, type NameMemory, type RememberedName, type Sighting } from './name-memory.ts';

const person = (canonical: string, aliases: string[] = []): LearnedName => ({ type: 'PER', canonical, aliases });
const organization = (canonical: string): LearnedName => ({ type: 'ORG', canonical, aliases: [] });

/** rememberNames as first written: a copy of the memory per article and a scan of it per learned surname. */
function plainRemember(memory: NameMemory, learned: readonly LearnedName[], seenOn: string | null): NameMemory {
  const names = { ...memory.names };
  for (const name of learned) {
    const sighting: RememberedName = { ...name, aliases: [...name.aliases], sightings: 1, lastSeen: seenOn };
    const key0 = nameKey(name.canonical);
    let key: string | undefined;
    if (names[key0] !== undefined) key = key0;
    else if (name.type === 'PER') {
      const words = key0.split(' ');
      if (words.length > 1) key = names[words.at(-1)!]?.type === 'PER' ? words.at(-1) : undefined;
      else key = Object.keys(names).find((other) => names[other]!.type === 'PER' && other.endsWith(` ${key0}`));
    }
    key ??= key0;
    const known = names[key];
    let combined = sighting;
    if (known !== undefined) {
      const longer = sighting.canonical.split(' ').length > known.canonical.split(' ').length ? sighting : known;
      const aliases = new Set([...known.aliases, ...sighting.aliases, known.canonical, sighting.canonical]);
      aliases.delete(longer.canonical);
      const lastSeen = [known.lastSeen, sighting.lastSeen].filter((date): date is string => date !== null).sort().at(-1) ?? null;
      combined = { type: longer.type, canonical: longer.canonical, aliases: [...aliases].sort(), sightings: known.sightings + 1, lastSeen };
    }
    delete names[key];
    names[nameKey(combined.canonical)] = combined;
  }
  return { version: 1, names };
}

const sequentially = (memory: NameMemory, sightings: Sighting[]) =>
  sightings.reduce((current, sighting) => plainRemember(current, sighting.learned, sighting.seenOn), memory);

describe('rememberBatch', () => {
  const start = rememberNames(
    emptyNameMemory(),
    [person('أنتوني بلينكن'), person('بوتين'), organization('نيويورك تايمز'), person('جو بايدن'), person('دونالد لو')],
    '2023-01-01',
  );

  it('gives what remembering article after article gives: surnames join full names, full names absorb surnames', () => {
    const sightings: Sighting[] = [
      { learned: [person('بلينكن'), person('فلاديمير بوتين')], seenOn: '2023-02-01' },
      { learned: [organization('نيويورك تايمز'), person('إيمانويل ماكرون')], seenOn: '2023-02-02' },
      { learned: [person('ماكرون'), person('بايدن'), person('شي جين بينج')], seenOn: '2023-02-03' },
      { learned: [], seenOn: '2023-02-04' },
    ];
    const batch = rememberBatch(start, sightings);
    expect(batch.memory).toEqual(sequentially(start, sightings));
    // The same order of keys too: the earliest full name wins a bare surname.
    expect(Object.keys(batch.memory.names)).toEqual(Object.keys(sequentially(start, sightings).names));
    expect(batch.removed).toEqual(['بوتين']);
    expect([...batch.upserted.keys()].sort()).toEqual(['انتوني بلينكن', 'ايمانويل ماكرون', 'جو بايدن', 'شي جين بينج', 'فلاديمير بوتين', 'نيويورك تايمز']);
    expect(batch.memory.names['انتوني بلينكن']).toMatchObject({ sightings: 2, lastSeen: '2023-02-01', aliases: ['بلينكن'] });
  });

  it('changes nothing when nothing was learned', () => {
    const batch = rememberBatch(start, [{ learned: [], seenOn: null }]);
    expect(batch.memory).toBe(start);
    expect(batch.upserted.size).toBe(0);
  });

  it('agrees with the plain algorithm on many random batches of people and organizations sharing names', () => {
    const random = seededRandom(7);
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
    const given = ['أنتوني', 'جو', 'محمد', 'إيمانويل', 'أولاف', 'علي'];
    const family = ['بلينكن', 'بايدن', 'ماكرون', 'شولتس', 'العلي', 'حسن', 'لو'];
    const randomName = (): LearnedName => {
      const kind = random();
      if (kind < 0.15) return organization(`منظمة ${pick(family)}`);
      if (kind < 0.45) return person(pick(family));
      return person(`${pick(given)} ${pick(family)}`, random() < 0.2 ? [pick(family)] : []);
    };
    let memory = emptyNameMemory();
    for (let batch = 0; batch < 20; batch += 1) {
      const sightings: Sighting[] = Array.from({ length: 15 }, (_, index) => ({
        learned: Array.from({ length: Math.floor(random() * 4) }, randomName),
        seenOn: `2023-01-${String(1 + ((batch + index) % 28)).padStart(2, '0')}`,
      }));
      const result = rememberBatch(memory, sightings);
      const expected = sequentially(memory, sightings);
      expect(Object.entries(result.memory.names)).toEqual(Object.entries(expected.names));
      // What is written back turns the stored memory into the new one.
      const stored = { ...memory.names };
      for (const key of result.removed) delete stored[key];
      for (const [key, name] of result.upserted) stored[key] = name;
      expect(stored).toEqual(expected.names);
      memory = result.memory;
    }
  });

  it('joins each surname to its full name in a memory of 20,000 names', () => {
    let memory = emptyNameMemory();
    memory = rememberBatch(memory, [{ learned: Array.from({ length: 20_000 }, (_, index) => person(`اسم${index} عائلة${index}`)), seenOn: '2023-01-01' }]).memory;
    const sightings: Sighting[] = Array.from({ length: 1_000 }, (_, index) => ({ learned: [person(`عائلة${index * 7}`), person(`جديد${index}`)], seenOn: '2023-02-01' }));
    const result = rememberBatch(memory, sightings);
    expect(Object.keys(result.memory.names)).toHaveLength(21_000);
    expect(result.memory.names[nameKey('اسم7 عائلة7')]).toMatchObject({ sightings: 2, aliases: ['عائلة7'] });
    expect(result.memory.names[nameKey('عائلة7')]).toBeUndefined();
  });
});
