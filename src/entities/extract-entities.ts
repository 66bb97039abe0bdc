/**
 * Entity extraction: people, places, organizations, dates, money and quantities in Arabic news text.
 * Rules first (date and amount patterns, then cue patterns), then known names (the caller's name
 * memory, the gazetteer, demonyms) and the statistical tagger, longest span first; finally every
 * further mention of a name found in the article is picked up, and short forms take the full name.
 */
import { stripDiacritics } from '../arabic/normalize.ts';
import { findAmounts } from './amounts/find-amounts.ts';
import { findDates } from './dates/find-dates.ts';
import type { Entity } from './entity.ts';
import { gazetteer as loadGazetteer, type Gazetteer } from './gazetteer/gazetteer.ts';
import { PhraseIndex, type KnownName } from './gazetteer/phrase-index.ts';
import { memoryIndex } from './names/known-names.ts';
import { nameKey, type LearnedName, type NameMemory } from './names/name-memory.ts';
import { findCuedPlaces } from './rules/place-cues.ts';
import { findCuedOrganizations, isOrganizationKind } from './rules/organization-cues.ts';
import { findCuedPeople } from './rules/person-cues.ts';
import { extendOverFamilyName, mendPersonBoundaries } from './rules/person-boundaries.ts';
import type { Evidence, RuleSpan } from './rules/rule-span.ts';
import { clubNameTest, isFunctionWord, nameLikeness, placeNameTest, placeTests } from './rules/word-tests.ts';
import { shippedWeights } from './tagger/model-file.ts';
import type { Weights } from './tagger/perceptron.ts';
import { tagNames } from './tagger/tag-names.ts';
import { phraseCode } from './tagger/tagger-weights.ts';
import { wordStems } from './text/clitics.ts';
import { offsetAfterLetters } from './text/fold.ts';
import { spelledName } from './text/name-spelling.ts';
import { splitWords, type Word } from './text/words.ts';

export interface ExtractOptions {
  /** Publication time (ISO 8601): resolves `16 فبراير الجاري`, weekdays and `أمس`. Without it weekdays are skipped. */
  publishedAt?: string | null;
  /** Names learned from earlier articles. */
  knownNames?: NameMemory;
  /** How often a remembered name must have been seen after a cue to be used; default 1. */
  minSightings?: number;
  /** Report demonyms (`الروسي` → LOC روسيا); default true. */
  demonyms?: boolean;
}

export interface ExtractionResult {
  entities: Entity[];
  /** People and organizations this text named after a cue: feed them to rememberNames. */
  learned: LearnedName[];
}

function phraseMatches(words: readonly Word[], index: PhraseIndex, evidence: Evidence): RuleSpan[] {
  const found: RuleSpan[] = [];
  for (let at = 0; at < words.length; at += 1) {
    const match = index.matchAt(words, at);
    if (match === null) continue;
    // Written out rather than spread from the name: this runs for every match (dozens an article with a grown name memory).
    found.push({ type: match.name.type, canonical: match.name.canonical, from: match.from, to: match.to, cliticLetters: match.cliticLetters, evidence });
    at = match.to - 1;
  }
  return found;
}

/** The country a word names as a demonym, through its clitics; kept on the word's lexeme (the gazetteer never changes). */
function demonymOf(word: Word, gazetteer: Gazetteer): { letters: number; country: string } | null {
  const lexeme = word.lexeme;
  if (lexeme?.demonym !== undefined) return lexeme.demonym;
  let found: { letters: number; country: string } | null = null;
  for (const stem of wordStems(word)) {
    const country = gazetteer.demonyms.get(stem.key);
    if (country === undefined) continue;
    found = { letters: stem.letters, country };
    break;
  }
  if (lexeme !== undefined) lexeme.demonym = found;
  return found;
}

function demonymMatches(words: readonly Word[], gazetteer: Gazetteer): RuleSpan[] {
  const found: RuleSpan[] = [];
  for (let at = 0; at < words.length; at += 1) {
    const word = words[at]!;
    if (word.kind !== 'word') continue;
    const demonym = demonymOf(word, gazetteer);
    if (demonym !== null) found.push({ type: 'LOC', from: at, to: at + 1, cliticLetters: demonym.letters, canonical: demonym.country, evidence: 'demonym' });
  }
  return found;
}

/**
 * Where the tagger also found a person at a title's name, its boundaries win (it has seen where names
 * end far more often than the cue rule's stop list has: `بشار الأسد`), except that a given name or a
 * word it never saw, left out by the tagger, opens the name (`نظيره الصيني شي جين بينج`, `نيد برايس`). Either way the span keeps the cue's standing: it outranks gazetteer
 * matches and is learned. A cue the tagger did not confirm stands only if it opens with a given name or
 * with a word the tagger never saw.
 */
function reconcileCuedPeople(spans: RuleSpan[], words: readonly Word[], weights: Weights, gazetteer: Gazetteer): RuleSpan[] {
  const tagged = spans.filter((span) => span.evidence === 'tagger' && span.type === 'PER');
  const replaced = new Set<RuleSpan>();
  const result: RuleSpan[] = [];
  for (const span of spans) {
    if (span.evidence !== 'cue' || span.type !== 'PER') {
      result.push(span);
      continue;
    }
    const first = words[span.from]!;
    const givenName = gazetteer.givenNames.has(first.key) || !seenInTraining(weights, first);
    const overlap = tagged.find((other) => other.from < span.to && span.from < other.to);
    if (overlap !== undefined) {
      replaced.add(overlap);
      // The cue knows where the title ends: a tagger span reaching back into it is cut there.
      const from = overlap.from <= span.from || givenName ? span.from : overlap.from;
      result.push({ ...overlap, from, evidence: 'cue' });
    } else if (givenName) {
      result.push(span);
    }
  }
  return result.filter((span) => !replaced.has(span));
}

/** Whether the tagger met the word, or the word without its proclitics (`لجامعة`), in training. */
function seenInTraining(weights: Weights, word: Word): boolean {
  const vocabulary = weights.vocabulary;
  if (vocabulary === undefined) return weights.emissions.has(`w=${word.key}`);
  return wordStems(word).some((stem) => vocabulary.has(stem.key));
}

const RANK: Record<Evidence, number> = { pattern: 6, cue: 5, memory: 4, gazetteer: 3, alias: 3, demonym: 2, tagger: 1 };

/** A tagger's span ends before a preposition or particle (`سلمان بشأن`), and one opening with one loses it. */
function endAtFunctionWord(words: readonly Word[], span: RuleSpan): RuleSpan[] {
  let from = span.from;
  while (from < span.to && isFunctionWord(words[from]!)) from += 1;
  let to = from;
  while (to < span.to && !isFunctionWord(words[to]!)) to += 1;
  if (to === from) return [];
  if (from === span.from && to === span.to) return [span];
  return [{ ...span, from, to }];
}

const TYPE_CODES: Record<string, number> = { PER: 1, LOC: 2, ORG: 3 };

/**
 * The gazetteer's matches, but for a one-word match that the tagger took for a name of another type:
 * as overrides, one-word entries cost precision there (`العربية` in `الدول العربية`, a country's name
 * used for its government's team). Where the tagger found no name at all the list stands (`قدمت دعما
 * لروسيا`): cross-validated on ANERcorp's training part, 0.7554 against 0.7549 for keeping only the
 * matches the tagger confirmed. A kept match brings its canonical name and leaves a proclitic out of
 * the span (`بكازاخستان`).
 */
function confirmedByTagger(known: readonly RuleSpan[], tagged: readonly RuleSpan[], wordCount: number): RuleSpan[] {
  const typeAt = new Uint8Array(wordCount);
  for (const span of tagged) typeAt.fill(TYPE_CODES[span.type] ?? 0, span.from, span.to);
  return known.filter((span) => {
    if (span.to - span.from > 1) return true;
    for (let at = span.from; at < span.to; at += 1) if (typeAt[at] === TYPE_CODES[span.type]) return true;
    return typeAt[span.from] === 0;
  });
}

/**
 * A gazetteer name of several words within which the tagger found a shorter name of the same type
 * takes the tagger's span, keeping its canonical name: the tagger learned where news text marks such
 * names (ANERcorp tags `مكة` of `مكة المكرمة`, `غزة` of `قطاع غزة`). The words left out (`blocked`)
 * go to no other name, so that `الولايات المتحدة` never leaves an organization `المتحدة` behind.
 * Cross-validated on ANERcorp's training part: 0.7591 → 0.7670, places 0.845 → 0.862. A name of
 * several words that the tagger found whole with another type is left to the tagger (the paper
 * `« الشرق الأوسط »`), as confirmedByTagger does for one word: +0.0008 (organizations +0.003).
 */
function narrowToTagger(known: readonly RuleSpan[], tagged: readonly RuleSpan[], wordCount: number): { known: RuleSpan[]; blocked: Uint8Array } {
  const blocked = new Uint8Array(wordCount);
  const narrowed = known.flatMap((span) => {
    if (span.to - span.from < 2) return span;
    if (tagged.some((other) => other.from === span.from && other.to === span.to && other.type !== span.type)) return [];
    const inside = tagged.find((other) => other.type === span.type && other.from >= span.from && other.to <= span.to && other.to - other.from < span.to - span.from);
    if (inside === undefined) return span;
    blocked.fill(1, span.from, inside.from);
    blocked.fill(1, inside.to, span.to);
    return { ...span, from: inside.from, to: inside.to, cliticLetters: inside.from === span.from ? span.cliticLetters : 0 };
  });
  return { known: narrowed, blocked };
}

/**
 * A cue's organization that the gazetteer knows by a longer name from the same word takes that name
 * (`نادي مانشستر يونايتد`: the club rule stops at the town, the list knows the club).
 */
function widenCuedOrganizations(spans: RuleSpan[]): RuleSpan[] {
  const listed = new Map<number, RuleSpan>();
  for (const span of spans) if (span.evidence === 'gazetteer' && span.type === 'ORG') listed.set(span.from, span);
  if (listed.size === 0) return spans;
  return spans.map((span) => {
    if (span.evidence !== 'cue' || span.type !== 'ORG') return span;
    const known = listed.get(span.from);
    return known !== undefined && known.to > span.to ? { ...span, to: known.to, canonical: known.canonical } : span;
  });
}

function overlapsBlocked(span: RuleSpan, blocked: Uint8Array): boolean {
  for (let at = span.from; at < span.to; at += 1) if (blocked[at] === 1) return true;
  return false;
}

/** Keeps the spans that do not overlap a stronger one: patterns and cues first, then longest first. */
function resolve(spans: RuleSpan[], wordCount: number): RuleSpan[] {
  const taken = new Uint8Array(wordCount);
  const ordered = spans.sort(
    (a, b) =>
      Number(b.evidence === 'pattern' || b.evidence === 'cue') - Number(a.evidence === 'pattern' || a.evidence === 'cue') ||
      (RANK[b.evidence] >= 5 ? RANK[b.evidence] - RANK[a.evidence] : 0) ||
      b.to - b.from - (a.to - a.from) ||
      RANK[b.evidence] - RANK[a.evidence] ||
      a.from - b.from,
  );
  const kept: RuleSpan[] = [];
  for (const span of ordered) {
    let free = true;
    for (let at = span.from; at < span.to && free; at += 1) free = taken[at] === 0;
    if (!free) continue;
    taken.fill(1, span.from, span.to);
    kept.push(span);
  }
  return kept.sort((a, b) => a.from - b.from);
}

function spanText(text: string, words: readonly Word[], span: RuleSpan): { start: number; end: number } {
  const first = words[span.from]!;
  return { start: first.start + offsetAfterLetters(first.text, span.cliticLetters), end: words[span.to - 1]!.end };
}

/** Further mentions of the article's own people and organizations, and full names for short forms. */
function propagate(text: string, words: readonly Word[], kept: RuleSpan[], gazetteer: Gazetteer): RuleSpan[] {
  const names = kept.filter((span) => (span.type === 'PER' || span.type === 'ORG') && span.evidence !== 'demonym');
  if (names.length === 0) return [];
  const index = new PhraseIndex();
  const fullNames: KnownName[] = [];
  const written = names.map((span) => {
    const { start, end } = spanText(text, words, span);
    return text.slice(start, end);
  });
  const canonicals = names.map((span, at) => span.canonical ?? spelledName(written[at]!, gazetteer, span.type));
  for (let at = 0; at < names.length; at += 1) {
    const canonical = canonicals[at]!;
    if (names[at]!.type === 'PER' && canonical.includes(' ')) fullNames.push({ type: 'PER', canonical });
  }
  // Longest names first, so a surname goes to the fullest name that ends with it.
  fullNames.sort((a, b) => b.canonical.length - a.canonical.length);
  for (const name of fullNames) {
    index.add(name.canonical, name);
    const surname = name.canonical.split(' ').at(-1) ?? '';
    if (surname.length >= 4) index.add(surname, name);
  }
  for (let at = 0; at < names.length; at += 1) index.add(written[at]!, { type: names[at]!.type as 'PER' | 'ORG', canonical: canonicals[at]! });
  const taken = new Uint8Array(words.length);
  for (const span of kept) taken.fill(1, span.from, span.to);
  const found = phraseMatches(words, index, 'alias').filter((span) => {
    for (let at = span.from; at < span.to; at += 1) if (taken[at] === 1) return false;
    return true;
  });
  // Short forms already found take the full name as canonical.
  for (const span of kept) {
    if (span.type !== 'PER' || span.canonical !== undefined) continue;
    const match = index.matchAt(words, span.from);
    if (match !== null && match.to === span.to && match.name.canonical.includes(' ')) span.canonical = match.name.canonical;
  }
  return found;
}

/** The spans that overlap none of `others`. */
function uncovered(spans: readonly RuleSpan[], others: readonly RuleSpan[], wordCount: number): RuleSpan[] {
  const taken = new Uint8Array(wordCount);
  for (const span of others) taken.fill(1, span.from, span.to);
  return spans.filter((span) => !taken.subarray(span.from, span.to).includes(1));
}

/**
 * Whether a name found after a cue may be remembered for later articles, which will then find it with
 * no cue at all: a name of several words, or a single word that the tagger, reading the article, also
 * took for (part of) a name — and that is no function word, no country (`فريق مصر` is the national team,
 * but remembered it would make every later «مصر» an organization) and no given name taken for an
 * organization. Cue rules alone let common words through (`فريق كرة القدم`, `فريق طبي`, `فريق واحد`,
 * `الرئيس يرفض`): remembered, they were tagged in every later article (`كرة` in 1,132 of 8,000 ANT
 * articles). The article itself still tags what its cue found.
 */
function isRememberable(words: readonly Word[], span: RuleSpan, gazetteer: Gazetteer, taggerSpans: readonly RuleSpan[]): boolean {
  if (span.to - span.from > 1) return true;
  const word = words[span.from]!;
  if (isFunctionWord(word) || !taggerSpans.some((tagged) => tagged.from <= span.from && span.from < tagged.to)) return false;
  if (gazetteer.givenNames.has(word.key)) return span.type === 'PER';
  return !wordStems(word).some(({ key }) => gazetteer.countryKeys.has(key));
}

/** A name the article types by a cue (`فريق برشلونة`) has that type at every mention (`برشلونة` alone). */
function retypeByCues(text: string, words: readonly Word[], spans: readonly RuleSpan[]): void {
  const cued = new Map<string, RuleSpan>();
  const keyOf = (span: RuleSpan) => words.slice(span.from, span.to).map((word) => wordStems(word).at(-1)?.key ?? word.key).join(' ');
  for (const span of spans) if (span.evidence === 'cue' && (span.type === 'ORG' || span.type === 'PER')) cued.set(keyOf(span), span);
  if (cued.size === 0) return;
  for (const span of spans) {
    if (span.evidence !== 'gazetteer' && span.evidence !== 'tagger') continue;
    const cue = cued.get(keyOf(span));
    if (cue === undefined || cue.type === span.type) continue;
    span.type = cue.type;
    span.canonical = cue.canonical;
  }
}

/** A found entity with the layer that decided it, for benchmarks that measure each layer (bench/entities-layers.ts). */
export type ExplainedEntity = Entity & { evidence: Evidence };

/** The entities with the evidence of each (the rule, list, memory or tagger that decided it): not part of the public surface. */
export function explainEntities(text: string, options: ExtractOptions = {}): ExplainedEntity[] {
  const { words, all } = findSpans(text, options);
  const gazetteer = loadGazetteer();
  return all.map((span) => ({ ...entityOf(text, words, span, gazetteer), evidence: span.evidence }));
}

function entityOf(text: string, words: readonly Word[], span: RuleSpan, gazetteer: Gazetteer): Entity {
  const { start, end } = spanText(text, words, span);
  const written = text.slice(start, end);
  return { type: span.type, text: written, canonical: span.canonical ?? spelledName(written, gazetteer, span.type), start, end };
}

/** The spans kept, and the tagger's own names before the rules had their say. */
function findSpans(text: string, options: ExtractOptions): { words: Word[]; all: RuleSpan[]; taggerSpans: RuleSpan[] } {
  const gazetteer = loadGazetteer();
  const weights = shippedWeights();
  const words = splitWords(text);
  const known = phraseMatches(words, gazetteer.names, 'gazetteer');
  // The tagger's gazetteer features are these same matches, as B-/I- labels per word.
  const phrases = new Uint8Array(words.length);
  for (const span of known) for (let at = span.from; at < span.to; at += 1) phrases[at] = phraseCode(`${at === span.from ? 'B' : 'I'}-${span.type}`);
  const tagging = tagNames(words, text, weights, gazetteer, phrases)
    .filter((span) => span.to - span.from > 1 || !isOrganizationKind(words[span.from]))
    // An office is no body: `ولي العهد السعودي`, which the tagger learned to take for an organization
    // from bodies named after an office's holder (on 2,000 ANT articles, 19 tags before this).
    .filter((span) => span.type !== 'ORG' || gazetteer.titles.matchAt(words, span.from) === null)
    .map((span): RuleSpan => ({ ...span, cliticLetters: 0, evidence: 'tagger' }))
    .flatMap((span) => endAtFunctionWord(words, span));
  const narrowed = narrowToTagger(known, tagging, words.length);
  const tagged = tagging.filter((span) => !overlapsBlocked(span, narrowed.blocked));
  const spans: RuleSpan[] = [
    ...findDates(words, options.publishedAt ?? undefined),
    ...findAmounts(words, gazetteer),
    ...findCuedPeople(words, gazetteer, nameLikeness(weights, gazetteer)),
    ...findCuedOrganizations(words, clubNameTest(weights, gazetteer), placeTests(gazetteer)),
    ...(options.knownNames === undefined ? [] : phraseMatches(words, memoryIndex(options.knownNames, options.minSightings ?? 1), 'memory')),
    ...confirmedByTagger(narrowed.known, tagged, words.length),
    ...(options.demonyms === false ? [] : demonymMatches(words, gazetteer)),
    ...tagged,
  ];
  const places = findCuedPlaces(words, placeNameTest(weights, gazetteer));
  if (places.length > 0) spans.push(...uncovered(places, spans, words.length));
  let kept = resolve(reconcileCuedPeople(widenCuedOrganizations(spans), words, weights, gazetteer), words.length);
  retypeByCues(text, words, kept);
  kept = mendPersonBoundaries(words, kept);
  kept = extendOverFamilyName(words, kept, { isGivenName: (word) => gazetteer.givenNames.has(word.key), isFunctionWord, nameLike: nameLikeness(weights, gazetteer) });
  for (const span of kept) {
    // A name found by its cue may still be one the gazetteer knows by a fuller name.
    if (span.canonical !== undefined || span.type === 'DATE') continue;
    const known = gazetteer.names.matchAt(words, span.from);
    if (known !== null && known.to === span.to && known.name.type === span.type) span.canonical = known.name.canonical;
  }
  const all = [...kept, ...propagate(text, words, kept, gazetteer)].sort((a, b) => a.from - b.from);
  return { words, all, taggerSpans: tagging };
}

export function extractEntitiesDetailed(text: string, options: ExtractOptions = {}): ExtractionResult {
  const gazetteer = loadGazetteer();
  const { words, all, taggerSpans } = findSpans(text, options);
  const entities = all.map((span) => entityOf(text, words, span, gazetteer));
  const learned = new Map<string, LearnedName>();
  for (const span of all) {
    if (span.evidence !== 'cue' || (span.type !== 'PER' && span.type !== 'ORG')) continue;
    if (!isRememberable(words, span, gazetteer, taggerSpans)) continue;
    const { start, end } = spanText(text, words, span);
    const written = spelledName(text.slice(start, end), gazetteer, span.type);
    const canonical = span.canonical ?? written;
    const key = nameKey(canonical);
    const entry = learned.get(key) ?? { type: span.type, canonical, aliases: [] };
    if (written !== canonical && !entry.aliases.includes(written)) entry.aliases.push(written);
    // The form as written as well where its hamza seat folds to another key (`رئيسي` for `ريسي`), so later articles find it.
    const asWritten = stripDiacritics(text.slice(start, end));
    if (nameKey(asWritten) !== nameKey(written) && !entry.aliases.includes(asWritten)) entry.aliases.push(asWritten);
    learned.set(key, entry);
  }
  return { entities, learned: [...learned.values()] };
}

export function extractEntities(text: string, options: ExtractOptions = {}): Entity[] {
  return extractEntitiesDetailed(text, options).entities;
}
