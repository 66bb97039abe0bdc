/** What every bench script reads from its command line (`--name value`), and the percentile they print. */

export function textOption(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? undefined : process.argv[index + 1];
}

/** A positive number given as `--name N`, else the fallback. */
export function numberOption(name: string, fallback: number): number {
  const value = Number(textOption(name) ?? NaN);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

/** The p-th percentile of ascending times (nearest rank). */
export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}
