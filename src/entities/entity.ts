/** What entity extraction finds in a text: the kinds of entity and where each one is. */

export const ENTITY_TYPES = ['PER', 'LOC', 'ORG', 'DATE', 'MONEY', 'QUANTITY'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export interface Entity {
  type: EntityType;
  /** The mention exactly as written: `text === source.slice(start, end)`. Leading clitics (و، ب، ل…) are left out when they can be told apart. */
  text: string;
  /**
   * One form per real thing, so mentions can be grouped: the full name of a person (`أنتوني بلينكن` for
   * `بلينكن`), the Arabic name of a country (`روسيا` for `الروسي`), an ISO 8601 date (`2023-02-16`, or
   * `2023-02` / `2023` / `--02-16` when only that much is known), `1250000000 USD` for money,
   * `2500 جندي` for a quantity.
   */
  canonical: string;
  /** UTF-16 offsets into the searched text, end exclusive. */
  start: number;
  end: number;
}
