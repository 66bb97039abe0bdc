/**
 * Reads what a reader typed into words, "quoted phrases" and -exclusions, each analyzed as the index
 * is. Never fails: syntax it cannot read is taken as plain words, and anything else is dropped.
 */
import { analyze, type AnalyzedToken, type WordKind } from '../arabic/analyze.ts';
import { withoutProclitic } from '../arabic/light-stem.ts';

export interface QueryWord {
  term: string;
  plain: string;
  kind: WordKind;
  /** The stem, and the stem read without a leading preposition when it may carry one (`withoutProclitic`). */
  stems: string[];
}

export interface ParsedQuery {
  /** Loose words: the more of them an article has, the higher it ranks. */
  words: QueryWord[];
  /** Required phrases, each the stems of its words in order. */
  phrases: string[][];
  /** Words and phrases that an article must not contain. */
  excluded: { words: QueryWord[]; phrases: string[][] };
}

// Bounds keep a pasted page from becoming a thousand-term query.
const MAX_INPUT_LENGTH = 1_000;
const MAX_WORDS = 12;
const MAX_PHRASES = 4;
const MAX_PHRASE_WORDS = 8;
const MAX_EXCLUDED = 8;

const CONTROL = /[\p{Cc}\p{Cs}\p{Co}\p{Cn}]/gu;
/** Typographic and Arabic quotation marks count as the double quote (`«الولايات المتحدة»`). */
const QUOTES = /[«»“”„‟″]/g;
/** A quoted phrase, or a run of non-space characters; a leading minus excludes either. */
const CHUNK = /(-?)"([^"]*)"|(-?)([^\s"]+)/g;
const EXCLUSION_MINUS = /^[-\u2212]/;

function toQueryWord(token: AnalyzedToken): QueryWord {
  const stripped = token.kind === 'arabic' ? withoutProclitic(token.term) : null;
  return { term: token.term, plain: token.plain, kind: token.kind, stems: stripped === null ? [token.term] : [token.term, stripped] };
}

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export function parseSearchQuery(input: string): ParsedQuery {
  const text = input.slice(0, MAX_INPUT_LENGTH).replace(CONTROL, ' ').replace(QUOTES, '"').replace(/\u2212/g, '-');
  const words: QueryWord[] = [];
  const phrases: string[][] = [];
  const excluded: ParsedQuery['excluded'] = { words: [], phrases: [] };

  for (const match of text.matchAll(CHUNK)) {
    const isPhrase = match[2] !== undefined;
    const minus = (isPhrase ? match[1] : match[3]) === '-';
    const tokens = analyze(isPhrase ? (match[2] ?? '') : (match[4] ?? '').replace(EXCLUSION_MINUS, ''));
    if (tokens.length === 0) continue;
    if (minus) {
      if (isPhrase || tokens.length > 1) excluded.phrases.push(tokens.map((token) => token.term));
      else excluded.words.push(...tokens.map(toQueryWord));
    } else if (isPhrase) {
      phrases.push(tokens.slice(0, MAX_PHRASE_WORDS).map((token) => token.term));
    } else {
      words.push(...tokens.map(toQueryWord));
    }
  }

  return {
    words: uniqueBy(words, (word) => word.term).slice(0, MAX_WORDS),
    phrases: uniqueBy(phrases, (phrase) => phrase.join(' ')).slice(0, MAX_PHRASES),
    excluded: {
      words: uniqueBy(excluded.words, (word) => word.term).slice(0, MAX_EXCLUDED),
      phrases: uniqueBy(excluded.phrases, (phrase) => phrase.join(' ')).slice(0, MAX_EXCLUDED),
    },
  };
}

/** True when the query can match nothing: no word or phrase survived analysis. */
export function isEmptyQuery(query: ParsedQuery): boolean {
  return query.words.length === 0 && query.phrases.length === 0;
}
