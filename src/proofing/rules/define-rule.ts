/** A rule is a frozen object: declared once, shared by every run. */
import type { ProofRule } from '../rule.ts';

export function defineRule(rule: ProofRule): ProofRule {
  return Object.freeze({ ...rule, examples: Object.freeze([...rule.examples]), accepts: Object.freeze([...rule.accepts]) });
}
