/** What the entity extraction workers are sent for each article. */

export interface TextToTag {
  /** As `entityTextOf` builds it. */
  text: string;
  publishedAt: string | null;
}
