import { describe, expect, it } from 'vitest';
import {
  emptyNameMemory,
  mergeNameMemories,
  NameMemoryError,
  parseNameMemory,
  pruneNameMemory,
  rememberNames,
  serializeNameMemory,
} from './name-memory.ts';

const blinken = { type: 'PER' as const, canonical: 'أنتوني بلينكن', aliases: [] };

describe('name memory', () => {
  it('counts one sighting per article and keeps the fullest name as canonical', () => {
    let memory = rememberNames(emptyNameMemory(), [{ type: 'PER', canonical: 'بلينكن', aliases: [] }], '2023-02-01');
    memory = rememberNames(memory, [blinken], '2023-02-28');
    expect(Object.keys(memory.names)).toEqual(['انتوني بلينكن']);
    expect(memory.names['انتوني بلينكن']).toEqual({ ...blinken, aliases: ['بلينكن'], sightings: 2, lastSeen: '2023-02-28' });
    memory = rememberNames(memory, [{ type: 'PER', canonical: 'بلينكن', aliases: [] }], '2023-03-01');
    expect(memory.names['انتوني بلينكن']?.sightings).toBe(3);
  });

  it('merges what two workers learned, adding sightings and aliases', () => {
    const a = rememberNames(emptyNameMemory(), [blinken], '2023-02-27');
    const b = rememberNames(emptyNameMemory(), [{ ...blinken, aliases: ['انتوني بلينكن'] }], '2023-02-28');
    const merged = mergeNameMemories(a, b);
    expect(merged.names['انتوني بلينكن']).toEqual({ ...blinken, aliases: ['انتوني بلينكن'], sightings: 2, lastSeen: '2023-02-28' });
    // Merging does not change its inputs.
    expect(a.names['انتوني بلينكن']?.sightings).toBe(1);
  });

  it('serializes to JSON and reads it back, refusing anything else', () => {
    const memory = rememberNames(emptyNameMemory(), [blinken, { type: 'ORG', canonical: 'نيويورك تايمز', aliases: [] }]);
    expect(parseNameMemory(serializeNameMemory(memory))).toEqual(memory);
    expect(() => parseNameMemory('not json')).toThrow(NameMemoryError);
    expect(() => parseNameMemory('{"version": 2, "names": {}}')).toThrow(NameMemoryError);
    expect(() => parseNameMemory('{"version": 1, "names": {"x": {"type": "LOC"}}}')).toThrow(NameMemoryError);
  });

  it('prunes to the names seen most', () => {
    let memory = rememberNames(emptyNameMemory(), [blinken]);
    memory = rememberNames(memory, [blinken, { type: 'PER', canonical: 'جانيت يلين', aliases: [] }]);
    expect(Object.keys(pruneNameMemory(memory, 1).names)).toEqual(['انتوني بلينكن']);
  });
});
