/** The tagger's BIO labels. MISC is learned so that its words are not forced into O, and dropped on output. */
export const LABELS = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG', 'B-MISC', 'I-MISC'] as const;
export type Label = (typeof LABELS)[number];

/** Whether `label` may follow `previous` (I-X only continues X): a hard constraint in decoding. */
export function mayFollow(previous: number | null, label: number): boolean {
  const name = LABELS[label] ?? 'O';
  if (!name.startsWith('I-')) return true;
  if (previous === null) return false;
  return (LABELS[previous] ?? 'O').slice(2) === name.slice(2);
}
