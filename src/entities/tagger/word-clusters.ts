/**
 * Distributional word classes (a fine class per frequent folded word and a coarse class per fine
 * class), computed from unlabelled ANT news text by bench/entities-clusters.ts. The tagger reads them
 * as features, so that a word it never saw in training behaves like the words of its class.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

export const CLUSTER_FILE = fileURLToPath(new URL('./word-clusters.tsv.gz', import.meta.url));

export interface WordClusters {
  /** Folded word → fine class. */
  fine: ReadonlyMap<string, number>;
  /** Fine class → coarse class. */
  coarse: readonly number[];
  /** Folded word → class in a second, independent partition (another k); empty in files without one. */
  second: ReadonlyMap<string, number>;
}

export function decodeClusters(bytes: Buffer): WordClusters {
  const lines = zlib.gunzipSync(bytes).toString('utf8').split('\n');
  const header = lines[0] ?? '';
  if (!header.startsWith('#coarse\t')) throw new Error('word-clusters.tsv.gz: unknown format; rebuild with bench/entities-clusters.ts');
  const coarse = header.slice('#coarse\t'.length).split(',').map(Number);
  const fine = new Map<string, number>();
  const second = new Map<string, number>();
  for (let index = 1; index < lines.length; index += 1) {
    const line = lines[index]!;
    const tab = line.indexOf('\t');
    if (tab <= 0) continue;
    const word = line.slice(0, tab);
    const tab2 = line.indexOf('\t', tab + 1);
    fine.set(word, Number(tab2 < 0 ? line.slice(tab + 1) : line.slice(tab + 1, tab2)));
    if (tab2 > 0) second.set(word, Number(line.slice(tab2 + 1)));
  }
  return { fine, coarse, second };
}

let shipped: WordClusters | undefined;

/** The shipped classes, read once; none when the file is absent (a model trained without them). */
/** Makes the tagger read other classes from now on (benchmarks trying a new file); facts already cached keep the old. */
export function useClusterFile(file: string): void {
  shipped = decodeClusters(fs.readFileSync(file));
}

export function shippedClusters(): WordClusters {
  shipped ??= fs.existsSync(CLUSTER_FILE) ? decodeClusters(fs.readFileSync(CLUSTER_FILE)) : { fine: new Map(), coarse: [], second: new Map() };
  return shipped;
}
