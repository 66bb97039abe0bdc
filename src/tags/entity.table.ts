/** Row types of the entity tag tables (see the 2026-11-28T0200 migration). */
import type { ColumnType, Generated, Selectable } from 'kysely';

/** The entity types that become tags; dates and amounts are not things a reader follows. */
export const TAG_TYPES = ['PER', 'LOC', 'ORG'] as const;
export type TagType = (typeof TAG_TYPES)[number];

export interface EntityTable {
  id: Generated<number>;
  type: TagType;
  /** One form per real thing, as src/entities gives it: `أنتوني بلينكن`, `روسيا`. */
  canonical: string;
  /** Unique; from the canonical form (src/arabic/slug.ts), with the type added when another entity has it. */
  slug: string;
  /** Published articles that name it; kept by triggers on article_entities. */
  article_count: ColumnType<number, number | undefined, number>;
}

export interface ArticleEntityTable {
  article_id: number;
  entity_id: number;
  /** How many times the article names it (every spelling and demonym counted). */
  mentions: number;
}

/** One remembered name of the NameMemory (src/entities), keyed by its folded canonical form. */
export interface EntityNameTable {
  key: string;
  type: 'PER' | 'ORG';
  canonical: string;
  /** JSON array of the other written forms. */
  aliases: string;
  sightings: number;
  last_seen: string | null;
}

/**
 * One name an article taught the memory (a LearnedName of src/entities), in the order taught (`id`),
 * so that the memory can forget it. `name_group` is the last word of the folded canonical form: names
 * merge in the memory only within one group, so forgetting relearns just the groups concerned.
 */
export interface EntityNameSightingTable {
  id: Generated<number>;
  article_id: number;
  name_group: string;
  type: 'PER' | 'ORG';
  canonical: string;
  /** JSON array of the other written forms the article used. */
  aliases: string;
  /** The article's publication day (YYYY-MM-DD). */
  seen_on: string | null;
}

export type EntityRow = Selectable<EntityTable>;
export type EntityNameSightingRow = Selectable<EntityNameSightingTable>;
export type EntityNameRow = Selectable<EntityNameTable>;
