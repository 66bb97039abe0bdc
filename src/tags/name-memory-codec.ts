/**
 * How the import's and re-tagging's worker threads are sent the name memory (WorkerPool's context):
 * whole the first time, then as what changed since the memory the worker holds (nameMemoryChange),
 * since the memory changes after every batch and grows to tens of thousands of names over a large
 * import: copied whole, it cost the writing thread and each worker more than the batch's tags.
 */
import { applyNameMemoryChange, nameMemoryChange, type NameMemory, type NameMemoryChange } from '../entities/index.ts';
import type { ContextCodec } from '../lib/worker-pool.ts';

export type NameMemoryWire = { whole: NameMemory } | { change: NameMemoryChange };

/** The pool's side remembers its last change, as every worker is sent the same one in turn. */
export function nameMemoryCodec(): ContextCodec<NameMemory, NameMemoryWire> {
  let last: { from: NameMemory; to: NameMemory; wire: NameMemoryWire } | undefined;
  return {
    encode(held, next) {
      if (held === undefined) return { whole: next };
      if (last?.from !== held || last.to !== next) last = { from: held, to: next, wire: { change: nameMemoryChange(held, next) } };
      return last.wire;
    },
    decode: decodeNameMemory,
  };
}

/** The worker's side. */
export function decodeNameMemory(held: NameMemory | undefined, wire: NameMemoryWire): NameMemory {
  if ('whole' in wire) return wire.whole;
  if (held === undefined) throw new Error('a name memory change came before the memory it changes');
  return applyNameMemoryChange(held, wire.change);
}
