/**
 * Evidence that an unknown word is a name rather than a slip: the article repeats it, a title or a
 * place word stands before it, a foreign name stands beside it, or it is quoted on its own as brands are.
 */
import { PROCLITIC_PREFIXES, procliticBases } from '../lexicon/clitics.ts';
import type { WordLexicon } from '../lexicon/word-lexicon.ts';
import { FUNCTION_WORDS } from './function-words.ts';
import { NAME_INTRODUCERS } from './name-context.ts';
import type { ProofDocument } from './proof-document.ts';
import type { WordSpan } from './word-spans.ts';

/**
 * How many words of the article are this word, with or without proclitics (`بايدن`, `وبايدن`, `لبايدن`):
 * a name the article repeats is vouched for by the article.
 */
export function usesInArticle(document: ProofDocument, word: string): number {
  const bases = procliticBases(word);
  let uses = 0;
  for (const other of document.words) {
    if (other.kind !== 'arabic') continue;
    const bare = other.bare;
    if (bases.some((base) => bare.endsWith(base) && PROCLITIC_PREFIXES.has(bare.slice(0, bare.length - base.length)))) uses += 1;
  }
  return uses;
}

export function neighbour(document: ProofDocument, word: WordSpan, step: -1 | 1): WordSpan | undefined {
  const other = document.words[word.index + step];
  if (other === undefined) return undefined;
  const between = step === -1 ? document.between(other, word) : document.between(word, other);
  return /^[ \t\u00a0]+$/.test(between) ? other : undefined;
}

/** Inside a quotation of one to three words: `"شيفرون"`, `"إكسون موبيل"`, the way brand names are cited. */
export function inShortQuote(document: ProofDocument, word: WordSpan): boolean {
  const text = document.text;
  const before = text.lastIndexOf('"', word.start);
  const lineStart = text.lastIndexOf('\n', word.start) + 1;
  if (before < lineStart) return false;
  const after = text.indexOf('"', word.end);
  if (after === -1) return false;
  const quoted = text.slice(before + 1, after);
  return !quoted.includes('\n') && quoted.trim().split(/\s+/).length <= 3 && (text.slice(lineStart, before).split('"').length % 2 === 1);
}

/**
 * A foreign first or family name beside the word (`فولفغانغ كوبيكي`, `سرخيو راموس`): the news list
 * knows it but Hunspell does not, and it has no article, as personal names do not.
 */
export function looksLikeName(word: WordSpan | undefined, lexicon: WordLexicon): boolean {
  if (word === undefined || word.kind !== 'arabic' || word.bare.length < 3) return false;
  return !hasArticle(word.bare) && !FUNCTION_WORDS.has(word.bare) && !lexicon.spell(word.bare);
}

export function hasArticle(word: string): boolean {
  return /^[وف]?[بلك]?ال/.test(word);
}

/** `الرئيس`, `وزيرة`, `بإقليمي` (a dual in construct: `بإقليمي لوغانسك ودونيتسك`). */
export function introducesName(word: string): boolean {
  return procliticBases(word).some((form) => NAME_INTRODUCERS.has(form) || (form.endsWith('ي') && NAME_INTRODUCERS.has(form.slice(0, -1))));
}

