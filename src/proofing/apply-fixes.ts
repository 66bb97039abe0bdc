/**
 * Applies the safe fixes (`safeFix`) to a text: never a guess, only what a rule is certain of. Fixes
 * that overlap an earlier one wait for the next pass, which proofs the result again.
 */
import type { Diagnostic } from './diagnostic.ts';
import type { ProofOptions, Proofreader } from './proofreader.ts';

/** Enough for fixes that touch each other (a Latin comma with no space after it) to settle. */
const MAX_PASSES = 4;

/** Applies the first suggestion of each safe diagnostic that does not overlap one already taken. */
export function applySafeFixes(text: string, diagnostics: readonly Diagnostic[]): { text: string; applied: number } {
  const taken: Diagnostic[] = [];
  let lastEnd = -1;
  for (const diagnostic of [...diagnostics].sort((left, right) => left.start - right.start || left.end - right.end)) {
    if (!diagnostic.safeFix || diagnostic.start < lastEnd) continue;
    taken.push(diagnostic);
    lastEnd = Math.max(diagnostic.end, diagnostic.start + 1);
  }
  let fixed = text;
  for (const diagnostic of taken.reverse()) {
    fixed = fixed.slice(0, diagnostic.start) + (diagnostic.suggestions[0] ?? '') + fixed.slice(diagnostic.end);
  }
  return { text: fixed, applied: taken.length };
}

/** Proofs and fixes until no safe fix is left (or a few passes have run). */
export function fixText(proofreader: Proofreader, text: string, options: ProofOptions = {}): { text: string; applied: number } {
  let current = text;
  let applied = 0;
  for (let pass = 0; pass < MAX_PASSES; pass += 1) {
    const result = applySafeFixes(current, proofreader.proof(current, options));
    if (result.applied === 0) break;
    current = result.text;
    applied += result.applied;
  }
  return { text: current, applied };
}
