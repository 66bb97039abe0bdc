import { describe, expect, it } from 'vitest';
import { emptyNameMemory, rememberNames, type LearnedName, type NameMemory } from '../entities/index.ts';
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
});
