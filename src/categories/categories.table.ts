/** Row type of the stored category classifier: one row, replaced whenever it is retrained. */

export interface CategoryModelTable {
  /** Always 1: the site has one classifier. */
  id: number;
  /** `serializeCategoryModel` JSON. */
  model: string;
  /** `categorizedArticlesFingerprint` of the articles it was trained on. */
  fingerprint: string;
  articles: number;
  trained_at: string;
}
