/**
 * Builds src/proofing/lexicon/news-words.txt.gz: Arabic word forms found in at least two ANT articles
 * outside the benchmark's test sample, commonest first. Forms Hunspell rejects that look like a slip of
 * a much commoner word (one edit away, fifty times as common) are left out: published copy has typos too.
 * Forms seen in one article only follow, unranked, when Hunspell accepts them (it need not be asked again),
 * and last the ranked forms Hunspell rejects, so that Hunspell's verdict on any listed word is known.
 *
 *   npx tsx bench/proofing-lexicon.ts
 */
import fs from 'node:fs';
import zlib from 'node:zlib';
import { loadSpeller } from '../src/proofing/lexicon/hunspell-speller.ts';
import { ACCEPTED_MARKER, NEWS_WORDS_FILE, NOT_IN_HUNSPELL_MARKER } from '../src/proofing/lexicon/news-words.ts';
import { singleEdits } from '../src/proofing/lexicon/single-edits.ts';
import { scanWords } from '../src/proofing/text/word-spans.ts';
import { antOrSkip, articleText, splitCorpus } from './proofing-corpus.ts';

const MIN_DOCUMENTS = 2;
const TYPO_MAX_DOCUMENTS = 5;
const TYPO_NEIGHBOUR_RATIO = 50;

const { rest } = splitCorpus(antOrSkip());
const documents = new Map<string, number>();
const occurrences = new Map<string, number>();
for (const article of rest) {
  const forms = scanWords(articleText(article))
    .filter((word) => word.kind === 'arabic')
    .map((word) => word.bare);
  for (const form of forms) occurrences.set(form, (occurrences.get(form) ?? 0) + 1);
  for (const form of new Set(forms)) documents.set(form, (documents.get(form) ?? 0) + 1);
}

const speller = await loadSpeller();
const looksLikeTypo = (word: string, count: number) =>
  count <= TYPO_MAX_DOCUMENTS &&
  !speller.spell(word) &&
  singleEdits(word).some((edit) => (documents.get(edit.word) ?? 0) >= TYPO_NEIGHBOUR_RATIO * count);

const kept: string[] = [];
/** Forms seen once that Hunspell accepts: known without asking Hunspell again, but given no rank. */
const accepted: string[] = [];
let dropped = 0;
for (const [word, count] of documents) {
  if (word.length < 2) continue;
  if (count < MIN_DOCUMENTS) {
    if (speller.spell(word)) accepted.push(word);
  } else if (looksLikeTypo(word, count)) dropped += 1;
  else kept.push(word);
}
accepted.sort();
/** Ranked forms Hunspell rejects (mostly names): the lexicon answers for Hunspell without asking it. */
const notInHunspell = kept.filter((word) => !speller.spell(word)).sort();
kept.sort((left, right) => (documents.get(right) ?? 0) - (documents.get(left) ?? 0) || (occurrences.get(right) ?? 0) - (occurrences.get(left) ?? 0) || (left < right ? -1 : 1));

const header = [
  '# Sahifa news word list: Arabic word forms in at least two ANT corpus articles, commonest first.',
  `# After the line ${ACCEPTED_MARKER}: forms seen once that Hunspell accepts, unranked.`,
  `# After the line ${NOT_IN_HUNSPELL_MARKER}: the ranked forms Hunspell rejects (names, mostly).`,
  '# ANT Corpus v2.1 (Chouigui, Ben Khiroun, Elayeb, AJSE 46(8), 2021; https://antcorpus.github.io).',
  `# Built by bench/proofing-lexicon.ts from ${rest.length} articles (the 1,000-article test sample excluded).`,
];
const sections = [...header, ...kept, ACCEPTED_MARKER, ...accepted, NOT_IN_HUNSPELL_MARKER, ...notInHunspell];
fs.writeFileSync(NEWS_WORDS_FILE, zlib.gzipSync(`${sections.join('\n')}\n`, { level: 9 }));
console.log(
  `${kept.length} words ranked (${notInHunspell.length} of them unknown to Hunspell), ${accepted.length} seen once and accepted by Hunspell, ` +
    `${dropped} suspected typos left out, from ${rest.length} articles -> ${NEWS_WORDS_FILE}`,
);
