/** Checks of option values shared by several commands. */
import { CliError } from './cli-error.ts';

export function checkDateOption(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const time = Date.parse(value);
  if (Number.isNaN(time)) throw new CliError(`${name}: cannot read "${value}" as a date (use ISO 8601, e.g. 2023-02-28T09:30:00Z)`);
  return new Date(time).toISOString();
}

export function checkPositiveIntegerOption(name: string, value: string | undefined, max: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > max) {
    throw new CliError(`${name}: expected a whole number from 1 to ${max}, got "${value}"`);
  }
  return Number(value);
}
