/**
 * The tagger's BIO labels. Organizations are learned split by a finer type (NewsFANE's, for the
 * training part: bench/entities-newsfane.ts): clubs, media and non-governmental bodies (parties, the
 * UN, alliances) apart from the rest, so that a club's contexts (`فاز`, `مباراة`, `الدوري`) are learned
 * apart from a party's or a paper's; on output they are all ORG. People and places split the same way
 * (athletes, politicians; nations, cities) cross-validated worse, so they are not. MISC is learned so
 * that its words are not forced into O, and dropped on output.
 */
const TYPES = ['PER', 'LOC', 'ORG', 'ORG.Sports', 'ORG.Media', 'ORG.NGO'];

export const LABELS: readonly string[] = ['O', ...TYPES.flatMap((type) => [`B-${type}`, `I-${type}`]), 'B-MISC', 'I-MISC'];
export type Label = string;

/** The coarse type a label names (`B-ORG.Sports` → ORG), or null for O. */
export function coarseType(label: string): 'PER' | 'LOC' | 'ORG' | 'MISC' | null {
  if (label === 'O') return null;
  return label.slice(2).split('.')[0] as 'PER' | 'LOC' | 'ORG' | 'MISC';
}

/** Per label index: its coarse type (LABELS order). */
export const LABEL_TYPES = LABELS.map(coarseType);

/** The labels of each coarse type, by index: `labelsOf('PER')` for every B-/I- label of a person. */
export function labelsOf(type: 'PER' | 'LOC' | 'ORG' | 'MISC'): number[] {
  return LABELS.flatMap((_, index) => (LABEL_TYPES[index] === type ? [index] : []));
}

/** Whether `label` may follow `previous` (I-X only continues X, the finer type too): a hard constraint in decoding. */
export function mayFollow(previous: number | null, label: number): boolean {
  const name = LABELS[label] ?? 'O';
  if (!name.startsWith('I-')) return true;
  if (previous === null) return false;
  return (LABELS[previous] ?? 'O').slice(2) === name.slice(2);
}
