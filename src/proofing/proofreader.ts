/**
 * The proof-reader: loads the dictionaries once, then checks any number of texts with every rule
 * (or all but those switched off) and returns diagnostics in text order.
 */
import { toDiagnostic, type Diagnostic } from './diagnostic.ts';
import { loadHouseWords } from './lexicon/house-words.ts';
import { loadSpeller } from './lexicon/hunspell-speller.ts';
import { loadNewsWords } from './lexicon/news-words.ts';
import { createWordLexicon, type WordLexicon } from './lexicon/word-lexicon.ts';
import type { ProofRule } from './rule.ts';
import { ALL_RULES, RULE_IDS } from './rules/index.ts';
import { ProofDocument } from './text/proof-document.ts';

export interface ProofOptions {
  /** Rule ids to skip on this run. */
  disable?: Iterable<string>;
}

export interface Proofreader {
  readonly rules: readonly ProofRule[];
  readonly lexicon: WordLexicon;
  proof(text: string, options?: ProofOptions): Diagnostic[];
}

export interface ProofreaderOptions {
  /** Words to accept besides the house list: names the newsroom vouches for (a gazetteer, a desk's list). */
  extraWords?: Iterable<string>;
  /** Replaces the house list file (tests). */
  houseWords?: Iterable<string>;
  rules?: readonly ProofRule[];
}

export class UnknownRuleError extends Error {
  override readonly name = 'UnknownRuleError';
  constructor(readonly ruleIds: string[]) {
    super(`unknown rule${ruleIds.length === 1 ? '' : 's'} ${ruleIds.map((id) => `"${id}"`).join(', ')} (rules: ${RULE_IDS.join(', ')})`);
  }
}

/** Throws UnknownRuleError for ids that name no rule, so a typo in `--disable` is not silently ignored. */
export function checkRuleIds(ids: Iterable<string>, rules: readonly ProofRule[] = ALL_RULES): string[] {
  const known = new Set(rules.map((rule) => rule.id));
  const list = [...ids];
  const unknown = list.filter((id) => !known.has(id));
  if (unknown.length > 0) throw new UnknownRuleError(unknown);
  return list;
}

export function proofWith(rules: readonly ProofRule[], lexicon: WordLexicon, text: string, options: ProofOptions = {}): Diagnostic[] {
  const disabled = new Set(checkRuleIds(options.disable ?? [], rules));
  const document = new ProofDocument(text);
  const diagnostics: Diagnostic[] = [];
  for (const rule of rules) {
    if (disabled.has(rule.id)) continue;
    for (const finding of rule.check(document, { lexicon })) diagnostics.push(toDiagnostic(document, rule, finding));
  }
  const order = new Map(rules.map((rule, index) => [rule.id, index]));
  return diagnostics.sort((left, right) => left.start - right.start || (order.get(left.rule) ?? 0) - (order.get(right.rule) ?? 0));
}

export async function createProofreader(options: ProofreaderOptions = {}): Promise<Proofreader> {
  const [speller, newsWords, houseWords] = await Promise.all([
    loadSpeller(),
    loadNewsWords(),
    options.houseWords === undefined ? loadHouseWords() : Promise.resolve([...options.houseWords]),
  ]);
  const lexicon = createWordLexicon({
    speller,
    newsWords: newsWords.ranked,
    acceptedWords: newsWords.accepted,
    notInHunspell: newsWords.notInHunspell,
    houseWords: [...houseWords, ...(options.extraWords ?? [])],
  });
  const rules = options.rules ?? ALL_RULES;
  return { rules, lexicon, proof: (text, proofOptions) => proofWith(rules, lexicon, text, proofOptions) };
}
