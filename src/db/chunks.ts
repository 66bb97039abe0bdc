/**
 * A list in consecutive slices of at most `size` items: statements that take a list of values
 * (`IN (…)`, multi-row `INSERT`) run once per slice, under SQLite's bound on parameters.
 */
export function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size);
}
