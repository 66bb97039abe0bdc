/**
 * Hunspell with the Ayaspell Arabic dictionary (vendor/hunspell-ar), run as WebAssembly through
 * hunspell-asm so that no native build or system package is needed.
 */
import fs from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Hunspell } from 'hunspell-asm';

const DICTIONARY_DIRECTORY = fileURLToPath(new URL('../../../vendor/hunspell-ar/', import.meta.url));

export interface Speller {
  /** True when the dictionary accepts the word (harakat and tatweel are ignored by the affix file). */
  spell(word: string): boolean;
}

/** Past this many distinct words the answer cache starts again, so a long-running server stays bounded. */
const CACHE_LIMIT = 200_000;

class CachedSpeller implements Speller {
  readonly #cache = new Map<string, boolean>();
  constructor(private readonly hunspell: Hunspell) {}

  spell(word: string): boolean {
    const cached = this.#cache.get(word);
    if (cached !== undefined) return cached;
    if (this.#cache.size >= CACHE_LIMIT) this.#cache.clear();
    const answer = this.hunspell.spell(word);
    this.#cache.set(word, answer);
    return answer;
  }
}

async function createSpeller(): Promise<Speller> {
  // The Emscripten runtime installs an `uncaughtException` listener that rethrows; it would change how
  // the CLI and the server report their own errors, so it is removed again once the module is loaded.
  const listenersBefore = new Set(process.listeners('uncaughtException'));
  const { loadModule } = await import('hunspell-asm');
  const factory = await loadModule();
  for (const listener of process.listeners('uncaughtException')) {
    if (!listenersBefore.has(listener)) process.removeListener('uncaughtException', listener);
  }
  const [aff, dic] = await Promise.all([fs.readFile(`${DICTIONARY_DIRECTORY}ar.aff`), fs.readFile(`${DICTIONARY_DIRECTORY}ar.dic`)]);
  const hunspell = factory.create(factory.mountBuffer(aff, 'ar.aff'), factory.mountBuffer(dic, 'ar.dic'));
  return new CachedSpeller(hunspell);
}

let loading: Promise<Speller> | undefined;

/** Loads the dictionary once per process (about a second); later calls share it. */
export function loadSpeller(): Promise<Speller> {
  loading ??= createSpeller().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
