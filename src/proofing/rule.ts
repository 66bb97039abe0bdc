/** What a proofing rule is: its identity, severity, bilingual message, worked examples and its check. */
import type { WordLexicon } from './lexicon/word-lexicon.ts';
import type { ProofDocument } from './text/proof-document.ts';

export type Severity = 'error' | 'warning' | 'info';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export interface Message {
  ar: string;
  en: string;
}

/**
 * A worked example. `wrong` must raise the rule, and applying each finding's first suggestion must give
 * `right`, on which the rule is silent. A `right` equal to `wrong` means "the rule reports it but has
 * no suggestion". The rule's tests are generated from these.
 */
export interface RuleExample {
  wrong: string;
  right: string;
}

/** One problem a rule found: a span of the text and the replacements it proposes, best first. */
export interface Finding {
  start: number;
  end: number;
  suggestions: string[];
  /** The first suggestion is certain (`--fix` may apply it without a human). */
  safe?: boolean;
  /** A message naming this case, instead of the rule's general one. */
  message?: Message;
}

export interface RuleContext {
  lexicon: WordLexicon;
}

export interface ProofRule {
  /** Kebab-case, stable: used by `--disable` and in JSON output. */
  id: string;
  severity: Severity;
  message: Message;
  examples: readonly RuleExample[];
  /** Text the rule must stay silent on: the exceptions it knows. */
  accepts: readonly string[];
  check(document: ProofDocument, context: RuleContext): Finding[];
}
