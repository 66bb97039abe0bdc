import { describe, expect, it } from 'vitest';
import { emptyNameMemory, rememberNames, type LearnedName, type NameMemory } from '../entities/index.ts';
import { seededRandom } from '../lib/seeded-random.ts';
import { foldLearnedNames, type Sighting } from './fold-learned-names.ts';

const person = (canonical: string, aliases: string[] = []): LearnedName => ({ type: 'PER', canonical, aliases });
const organization = (canonical: string): LearnedName => ({ type: 'ORG', canonical, aliases: [] });

function sequentially(memory: NameMemory, sightings: Sighting[]): NameMemory {
  return sightings.reduce((current, sighting) => rememberNames(current, sighting.learned, sighting.seenOn), memory);
}

const sorted = (memory: NameMemory) => Object.fromEntries(Object.entries(memory.names).sort(([a], [b]) => a.localeCompare(b)));

describe('foldLearnedNames', () => {
  const start = rememberNames(
    emptyNameMemory(),
    [person('أنتوني بلينكن'), person('بوتين'), organization('نيويورك تايمز'), person('جو بايدن'), person('دونالد لو')],
    '2023-01-01',
  );

  it('gives what rememberNames gives, article after article: surnames join full names, full names absorb surnames', () => {
    const sightings: Sighting[] = [
      { learned: [person('بلينكن'), person('فلاديمير بوتين')], seenOn: '2023-02-01' },
      { learned: [organization('نيويورك تايمز'), person('إيمانويل ماكرون')], seenOn: '2023-02-02' },
      { learned: [person('ماكرون'), person('بايدن'), person('شي جين بينج')], seenOn: '2023-02-03' },
      { learned: [], seenOn: '2023-02-04' },
    ];
    const folded = foldLearnedNames(start, sightings);
    expect(sorted(folded.memory)).toEqual(sorted(sequentially(start, sightings)));
    expect(folded.removed).toEqual(['بوتين']);
    expect([...folded.upserted.keys()].sort()).toEqual(['انتوني بلينكن', 'ايمانويل ماكرون', 'جو بايدن', 'شي جين بينج', 'فلاديمير بوتين', 'نيويورك تايمز']);
    expect(folded.memory.names['انتوني بلينكن']).toMatchObject({ sightings: 2, lastSeen: '2023-02-01', aliases: ['بلينكن'] });
  });

  it('changes nothing when nothing was learned', () => {
    const folded = foldLearnedNames(start, [{ learned: [], seenOn: null }]);
    expect(folded.memory).toBe(start);
    expect(folded.upserted.size).toBe(0);
  });

  it('agrees with rememberNames on many random batches of people and organizations sharing names', () => {
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
      const folded = foldLearnedNames(memory, sightings);
      const expected = sequentially(memory, sightings);
      expect(sorted(folded.memory)).toEqual(sorted(expected));
      // What is written back turns the stored memory into the new one.
      const stored = { ...memory.names };
      for (const key of folded.removed) delete stored[key];
      for (const [key, name] of folded.upserted) stored[key] = name;
      expect(sorted({ version: 1, names: stored })).toEqual(sorted(expected));
      memory = folded.memory;
    }
  });
});
