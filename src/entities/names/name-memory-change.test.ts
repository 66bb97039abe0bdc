import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../lib/seeded-random.ts';
import { applyNameMemoryChange, nameMemoryChange } from './name-memory-change.ts';
import { emptyNameMemory, nameGroup, relearnGroups, rememberBatch, type LearnedName, type NameMemory, type RememberedName, type Sighting } from './name-memory.ts';

/** The memory as its phrase index reads it: every entry, in order. */
const inOrder = (memory: NameMemory) => JSON.stringify(Object.entries(memory.names));

function expectRebuilt(from: NameMemory, to: NameMemory): void {
  const change = nameMemoryChange(from, to);
  // Sent between threads, the change is a copy.
  const rebuilt = applyNameMemoryChange(from, structuredClone(change));
  expect(Object.keys(rebuilt.names)).toEqual(Object.keys(to.names));
  expect(inOrder(rebuilt)).toBe(inOrder(to));
}

const remembered = (canonical: string, sightings = 1): RememberedName => ({ type: 'PER', canonical, aliases: [], sightings, lastSeen: null });

describe('nameMemoryChange', () => {
  it('rebuilds every memory a run of batches and forgettings makes from the one before, in the same order', () => {
    const random = seededRandom(7);
    const given = ['أنتوني', 'فلاديمير', 'جو', 'محمد', 'علي'];
    const surnames = ['بلينكن', 'بوتين', 'بايدن', 'سلمان', 'حسن', 'لو'];
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
    const learnedName = (): LearnedName =>
      random() < 0.2
        ? { type: 'ORG', canonical: `منظمة ${pick(surnames)}`, aliases: [] }
        : { type: 'PER', canonical: random() < 0.5 ? pick(surnames) : `${pick(given)} ${pick(surnames)}`, aliases: random() < 0.3 ? [pick(surnames)] : [] };
    let memory = emptyNameMemory();
    const taught: Sighting[] = [];
    let changes = 0;
    for (let batch = 0; batch < 60; batch += 1) {
      let next: NameMemory;
      if (batch % 7 === 6) {
        // An article forgotten: its groups learned again from the other sightings.
        const forgotten = taught.splice(Math.floor(random() * taught.length), 1)[0]!;
        next = relearnGroups(memory, new Set(forgotten.learned.map(nameGroup)), taught).memory;
      } else {
        const sightings = Array.from({ length: 1 + Math.floor(random() * 4) }, (): Sighting => ({ learned: [learnedName(), learnedName()], seenOn: `2023-01-${10 + batch % 20}` }));
        taught.push(...sightings);
        next = rememberBatch(memory, sightings).memory;
      }
      const change = nameMemoryChange(memory, next);
      if (change.dropped.length > 0 && change.appended.length > 0) changes += 1;
      expectRebuilt(memory, next);
      memory = next;
    }
    // The run moved keys (merged under a fuller name, then seen again), not only added them.
    expect(changes).toBeGreaterThan(3);
  });

  it('keeps integer-like keys (which JavaScript lists first) and a key named __proto__ as own entries', () => {
    const from: NameMemory = { version: 1, names: Object.fromEntries([['بلينكن', remembered('بلينكن')], ['24', remembered('24')], ['__proto__', remembered('__proto__')]]) };
    const to: NameMemory = {
      version: 1,
      names: Object.fromEntries([['__proto__', remembered('__proto__', 2)], ['7', remembered('7')], ['بوتين', remembered('بوتين')], ['بلينكن', remembered('بلينكن', 2)]]),
    };
    expectRebuilt(from, to);
    expect(Object.hasOwn(applyNameMemoryChange(from, nameMemoryChange(from, to)).names, '__proto__')).toBe(true);
    expectRebuilt(to, from);
    expectRebuilt(emptyNameMemory(), to);
    expectRebuilt(to, emptyNameMemory());
  });

  it('sends only what changed: an entry the batch left alone does not travel', () => {
    const from = rememberBatch(emptyNameMemory(), [{ learned: [{ type: 'PER', canonical: 'أنتوني بلينكن', aliases: [] }, { type: 'ORG', canonical: 'نيويورك تايمز', aliases: [] }], seenOn: null }]).memory;
    const to = rememberBatch(from, [{ learned: [{ type: 'PER', canonical: 'بلينكن', aliases: [] }, { type: 'PER', canonical: 'جو بايدن', aliases: [] }], seenOn: '2023-02-28' }]).memory;
    const change = nameMemoryChange(from, to);
    // rememberBatch puts a name seen again last, so it travels as dropped and appended.
    expect(change.dropped).toEqual(['انتوني بلينكن']);
    expect(change.changed).toEqual([]);
    expect(change.appended.map(([key, name]) => [key, name.sightings])).toEqual([
      ['انتوني بلينكن', 2],
      ['جو بايدن', 1],
    ]);
  });
});
