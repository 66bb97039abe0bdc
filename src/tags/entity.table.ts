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

export type EntityRow = Selectable<EntityTable>;
export type EntityNameRow = Selectable<EntityNameTable>;
