/** A span a rule found, in word indices, before it becomes an Entity. */
import type { EntityType } from '../entity.ts';

export type Evidence = 'pattern' | 'cue' | 'memory' | 'gazetteer' | 'demonym' | 'tagger' | 'alias';

export interface RuleSpan {
  type: EntityType;
  /** Word indices, end exclusive. */
  from: number;
  to: number;
  /** Proclitic letters on the first word, left out of the span. */
  cliticLetters: number;
  /** Set when the rule knows it (gazetteer, date, amount); otherwise derived from the text. */
  canonical?: string;
  evidence: Evidence;
}
