/** Row type of an article's lead image; the files are named by `hash` under the images folder. */

export interface ArticleImageTable {
  article_id: number;
  /** Hex SHA-256 prefix of the original file's bytes. */
  hash: string;
  /** Of the upright original (EXIF orientation applied), in pixels. */
  width: number;
  height: number;
  /** The original's format as sharp names it (`jpeg`, `png`, `webp` …). */
  format: string;
  created_at: string;
}
