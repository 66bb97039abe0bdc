/** Every proofing rule, in the order their findings are listed when two start at the same place. */
import type { ProofRule } from '../rule.ts';
import { doubleSpaceRule } from './double-space.ts';
import { doubledPunctuationRule } from './doubled-punctuation.ts';
import { duplicateLineRule } from './duplicate-line.ts';
import { duplicateSentenceRule } from './duplicate-sentence.ts';
import { inconsistentSpellingRule } from './inconsistent-spelling.ts';
import { latinPunctuationRule } from './latin-punctuation.ts';
import { misspellingRule } from './misspelling.ts';
import { missingSpaceAfterPunctuationRule } from './missing-space-after-punctuation.ts';
import { mixedDigitsRule } from './mixed-digits.ts';
import { persianLettersRule } from './persian-letters.ts';
import { repeatedLetterRule } from './repeated-letter.ts';
import { repeatedWordRule } from './repeated-word.ts';
import { spaceBeforePunctuationRule } from './space-before-punctuation.ts';
import { tatweelRule } from './tatweel.ts';
import { unbalancedBracketsRule } from './unbalanced-brackets.ts';
import { unbalancedQuotesRule } from './unbalanced-quotes.ts';

export const ALL_RULES: readonly ProofRule[] = Object.freeze([
  duplicateLineRule,
  duplicateSentenceRule,
  repeatedLetterRule,
  repeatedWordRule,
  misspellingRule,
  inconsistentSpellingRule,
  unbalancedBracketsRule,
  unbalancedQuotesRule,
  persianLettersRule,
  latinPunctuationRule,
  spaceBeforePunctuationRule,
  missingSpaceAfterPunctuationRule,
  doubledPunctuationRule,
  tatweelRule,
  mixedDigitsRule,
  doubleSpaceRule,
]);

export const RULE_IDS: readonly string[] = ALL_RULES.map((rule) => rule.id);
